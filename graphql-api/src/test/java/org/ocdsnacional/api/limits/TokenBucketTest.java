package org.ocdsnacional.api.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budgets on a clock the test moves. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final BudgetConfig TEN_PER_SECOND = new BudgetConfig(100, 10);

    @Test
    void takesWhileThereArePointsThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND, 0);
        assertEquals(new TokenBucket.Withdrawal(true, 30, Duration.ZERO), bucket.take(70, 0));
        TokenBucket.Withdrawal refused = bucket.take(45, 0);
        assertFalse(refused.granted());
        assertEquals(30, refused.remaining(), "a refusal takes nothing");
        assertEquals(Duration.ofMillis(1500), refused.retryAfter());
    }

    @Test
    void refillsOverTimeUpToTheCapacity() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND, 0);
        bucket.take(100, 0);
        assertTrue(bucket.take(45, 4 * SECOND + SECOND / 2).granted());
        assertFalse(bucket.isFull(5 * SECOND));
        assertTrue(bucket.isFull(1_000 * SECOND));
        assertEquals(0, bucket.take(100, 1_000 * SECOND).remaining(), "never more than the capacity");
    }

    @Test
    void whatWasAlreadyServedIsChargedIntoDebtThatLaterQueriesWaitOut() {
        TokenBucket bucket = new TokenBucket(TEN_PER_SECOND, 0);
        assertEquals(-50, bucket.charge(150, 0));
        TokenBucket.Withdrawal refused = bucket.take(10, 0);
        assertFalse(refused.granted());
        assertEquals(Duration.ofSeconds(6), refused.retryAfter(), "60 points at 10 a second");
        assertEquals(-100, bucket.charge(1_000, 0), "never more debt than the capacity");
        assertTrue(bucket.take(10, 11 * SECOND).granted());
    }

    @Test
    void clientsHaveBucketsOfTheirOwnAndFullOnesAreForgotten() {
        AtomicLong now = new AtomicLong();
        ClientBudgets budgets = new ClientBudgets(TEN_PER_SECOND, now::get, 2);
        budgets.take("alice", 100);
        assertFalse(budgets.take("alice", 1).granted());
        assertTrue(budgets.take("bob", 1).granted());
        budgets.take("carol", 0);
        assertEquals(3, budgets.clients());
        now.addAndGet(11 * SECOND);
        budgets.take("dave", 0);
        assertEquals(1, budgets.clients(), "only dave's bucket is left: every other one had refilled");
        assertEquals(100, budgets.available("alice"));
    }
}
