package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /buscar} in real headless Chromium, on the demo's data. */
class SearchBrowserIT {

    @RegisterExtension
    static final BrowserExtension CONTEXT = new BrowserExtension();

    @Test
    void aQueryWithoutAccentsFindsAccentedTitlesAndMarksThem() {
        Browser browser = CONTEXT.browser().open("/");
        browser.find("#q-home").sendKeys("adquisicion", Keys.ENTER);
        browser.waitForPath("/buscar");

        assertTrue(browser.path().startsWith("/buscar?q=adquisicion"), browser.path());
        assertTrue(total(browser) > 0);
        assertTrue(browser.text(".result h3").contains("Adquisición"), browser.text(".result h3"));
        assertEquals("adquisición", browser.text(".result h3 mark").toLowerCase());
        assertEquals(List.of(), Axe.serious(browser));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void clickingAFacetNarrowsTheSearchToItsCountAndTheChipWidensItAgain() {
        Browser browser = CONTEXT.browser().open("/buscar");
        long all = total(browser);
        assertEquals(PortalFixture.allProcesses(), all);
        WebElement jalisco = browser.all("ul[aria-labelledby=facet-state] a").stream()
                .filter(link -> link.getText().equals("Jalisco")).findFirst().orElseThrow();
        long facetCount = Long.parseLong(jalisco.findElement(org.openqa.selenium.By.xpath("../span[@class='count']"))
                .getText().replace(",", ""));

        jalisco.click();
        long narrowed = total(browser);
        assertTrue(narrowed < all, narrowed + " < " + all);
        assertEquals(facetCount, narrowed);
        assertTrue(browser.path().contains("estado=MX-JAL"), browser.path());
        browser.find(".applied a").click();
        assertEquals(all, total(browser));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aRedFlagNarrowsTheSearchToTheProcessesTheApiFindsForItAndAnUnknownOneIsA400() throws Exception {
        JsonNode api = CONTEXT.portal().graphql("{ summary { byFlag { key processCount } } "
                + "flagged: processes(filter: {anyFlag: true}) { totalCount } }");
        JsonNode flag = api.at("/summary/byFlag/0");
        assertTrue(flag.path("processCount").asLong() > 0, "the demo plants flags: " + api);
        String code = flag.path("key").asText();

        Browser browser = CONTEXT.browser().open("/buscar?senal=" + code);
        assertEquals(flag.path("processCount").asLong(), total(browser));
        assertTrue(browser.text(".applied").contains(code + " · "), browser.text(".applied"));
        assertEquals(api.at("/flagged/totalCount").asLong(), total(browser.open("/buscar?con_senales=si")));
        assertEquals(List.of(), Axe.serious(browser));

        HttpResponse<String> unknown = CONTEXT.portal().get("/buscar?senal=R999");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("«senal»: «R999» no es un valor permitido"), unknown.body());
    }

    @Test
    void pagingForwardAndBackGivesTheSamePages() {
        Browser browser = CONTEXT.browser().open("/buscar?orden=reciente");
        List<String> first = ocids(browser);
        assertTrue(browser.all(".pager .previous").isEmpty(), "no way back from the first page");

        browser.find(".pager .next").click();
        List<String> second = ocids(browser);
        browser.find(".pager .next").click();
        List<String> third = ocids(browser);
        assertEquals(20, second.size());
        assertNotEquals(first, second);
        assertNotEquals(second, third);
        browser.find(".pager .previous").click();
        assertEquals(second, ocids(browser));
        browser.find(".pager .previous").click();
        assertEquals(first, ocids(browser));
        assertTrue(browser.all(".pager .previous").isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theFiltersFormPutsTheWholeSearchInTheAddress() {
        Browser browser = CONTEXT.browser().open("/buscar");
        browser.find(".more-filters summary").click();
        browser.find("#metodo-direct").click();
        browser.find("#f-moneda").sendKeys("MXN");
        browser.find(".more-filters form button[type=submit]").click();
        browser.waitForPath("/buscar?");

        String address = browser.path();
        assertTrue(address.contains("metodo=direct"), address);
        assertFalse(address.contains("monto_min="), "empty fields stay out of the address: " + address);
        long found = total(browser);
        assertTrue(found > 0 && found < PortalFixture.allProcesses());
        browser.open(address);
        assertEquals(found, total(browser), "the address alone gives the same search");
        assertTrue(browser.find("#metodo-direct").isSelected());
        assertEquals(List.of(), Axe.serious(browser));
    }

    @Test
    void nothingFoundSaysWhatToTry() {
        Browser browser = CONTEXT.browser().open("/buscar?q=zzxqjwv");

        assertEquals(0, total(browser));
        assertTrue(browser.text(".empty h3").contains("No encontramos"));
        assertEquals(List.of(), Axe.serious(browser));
    }

    @Test
    void aBadParameterIsA400PageThatSaysWhichAndWhy() throws Exception {
        HttpResponse<String> response = CONTEXT.portal().get("/buscar?desde=ayer&metodo=trueque&monto_min=-5");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("«desde»: «ayer» no es una fecha ISO 8601"), response.body());
        assertTrue(response.body().contains("«metodo»: «trueque» no es un valor permitido; use uno de open, selective, "
                + "limited, direct / «trueque» is not an allowed value; use one of open, selective, limited, direct."),
                response.body());
        assertTrue(response.body().contains("«monto_min»: «-5» es negativo"));
        assertTrue(CONTEXT.portal().get("/buscar?fuente=nadie").body().contains("«fuente»: «nadie» no es una fuente "
                + "registrada"), "sources are checked against the registry, as the API checks them");
        assertEquals(400, CONTEXT.portal().get("/buscar?despues=no-es-un-cursor").statusCode());
        Browser browser = CONTEXT.browser().open("/buscar?desde=ayer");
        assertEquals(List.of(), Axe.serious(browser));
    }

    @Test
    void eachFacetCountsTheResultsItCannotPlaceAsTheApiCountsThem() {
        Browser browser = CONTEXT.browser().open("/buscar?fecha=adjudicacion");
        JsonNode api = CONTEXT.portal().graphql("{ summary { undated: missing(by: YEAR, date: AWARD) { processCount } "
                + "uncategorised: missing(by: CATEGORY) { processCount } } }");

        long undated = api.at("/summary/undated/processCount").asLong();
        assertTrue(undated > 0, "the demo has processes without an award");
        assertEquals("Sin fecha de adjudicación: " + String.format("%,d", undated),
                browser.find("#facet-year ~ p.unplaced").getText(), "worded by the date the years are of");
        long uncategorised = api.at("/summary/uncategorised/processCount").asLong();
        assertTrue(uncategorised >= 1, "the hostile publisher's process at least");
        assertEquals("Sin categoría: " + String.format("%,d", uncategorised),
                browser.find("#facet-category ~ p.unplaced").getText());
        assertEquals(List.of(), Axe.serious(browser));
    }

    @Test
    void anAmountInNoCurrencyIsLabelledSoNeverAsACurrency() {
        Browser browser = CONTEXT.browser().open("/buscar?fuente=" + PortalFixture.HOSTILE_SOURCE);

        List<String> amounts = browser.all(".result .amount").stream().map(WebElement::getText).toList();
        assertEquals(List.of("$12,345.67 MXN", "500.00 (moneda no válida)"), amounts);
        assertFalse(browser.find("main").getText().contains("XXX"), "XXX is no currency to show");
        browser.open("/buscar?fuente=" + PortalFixture.HOSTILE_SOURCE + "&lang=en");
        assertTrue(browser.text(".result").contains("500.00 (invalid currency)"), browser.text(".result"));
        browser.open("/?lang=es");
    }

    @Test
    void htmlInTheDataShowsAsText() {
        Browser browser = CONTEXT.browser().open("/buscar?fuente=" + PortalFixture.HOSTILE_SOURCE);

        assertEquals(1, total(browser));
        assertEquals(PortalFixture.HOSTILE_TITLE, browser.text(".result h3"));
        assertEquals(PortalFixture.HOSTILE_BUYER, browser.text(".result .meta a"));
        assertEquals(PortalFixture.HOSTILE_OCID, browser.text(".result code"));
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(browser.all(".result script, .result b, .result img").isEmpty(), "no element from the data");
    }

    static long total(Browser browser) {
        return Long.parseLong(browser.text("#total").replace(",", "").replaceAll("\\D", ""));
    }

    static List<String> ocids(Browser browser) {
        return browser.all(".result code").stream().map(WebElement::getText).toList();
    }
}
