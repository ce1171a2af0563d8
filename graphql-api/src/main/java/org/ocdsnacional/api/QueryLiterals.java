package org.ocdsnacional.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of a query as the client wrote them ({@code {text: "cómputo", states: [MX_JAL]}}) where graphql-java's
 * messages print its syntax trees ({@code ObjectValue{objectFields=[ObjectField{name='text', …}]}}). A tree this
 * cannot read whole is left as it is.
 */
final class QueryLiterals {

    private static final Pattern TREE = Pattern.compile(
            "(?:Object|Array|String|Int|Float|Boolean|Enum|Null)Value\\{|VariableReference\\{");

    private QueryLiterals() {
    }

    /** {@code message} with each syntax tree of a value written as a GraphQL literal. */
    static String readable(String message) {
        StringBuilder text = new StringBuilder();
        Matcher tree = TREE.matcher(message);
        int from = 0;
        while (tree.find(from)) {
            text.append(message, from, tree.start());
            Reader reader = new Reader(message, tree.start());
            try {
                text.append(reader.value());
                from = reader.position;
            } catch (IllegalArgumentException unreadable) {
                text.append(tree.group());
                from = tree.end();
            }
        }
        return text.append(message.substring(from)).toString();
    }

    /** Reads one value's tree from a position of the message, as graphql-java's {@code toString} writes it. */
    private static final class Reader {

        private final String message;
        private int position;

        Reader(String message, int position) {
            this.message = message;
            this.position = position;
        }

        String value() {
            if (skip("StringValue{value='")) {
                return '"' + upTo("'}").replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            }
            if (skip("EnumValue{name='")) {
                return upTo("'}");
            }
            if (skip("VariableReference{name='")) {
                return "$" + upTo("'}");
            }
            if (skip("NullValue{}")) {
                return "null";
            }
            for (String scalar : List.of("IntValue{value=", "FloatValue{value=", "BooleanValue{value=")) {
                if (skip(scalar)) {
                    return upTo("}");
                }
            }
            if (skip("ArrayValue{values=[")) {
                return "[" + String.join(", ", items(this::value)) + "]";
            }
            if (skip("ObjectValue{objectFields=[")) {
                return "{" + String.join(", ", items(this::field)) + "}";
            }
            throw new IllegalArgumentException("not a value at " + position);
        }

        private String field() {
            expect("ObjectField{name='");
            String name = upTo("', value=");
            String value = value();
            expect("}");
            return name + ": " + value;
        }

        /** The items of a list up to its closing {@code ]}}, separated by commas. */
        private List<String> items(Supplier<String> item) {
            List<String> items = new ArrayList<>();
            while (!skip("]}")) {
                if (!items.isEmpty()) {
                    expect(", ");
                }
                items.add(item.get());
            }
            return items;
        }

        private String upTo(String end) {
            int at = message.indexOf(end, position);
            if (at < 0) {
                throw new IllegalArgumentException("no " + end + " after " + position);
            }
            String read = message.substring(position, at);
            position = at + end.length();
            return read;
        }

        private boolean skip(String expected) {
            if (!message.startsWith(expected, position)) {
                return false;
            }
            position += expected.length();
            return true;
        }

        private void expect(String expected) {
            if (!skip(expected)) {
                throw new IllegalArgumentException("no " + expected + " at " + position);
            }
        }
    }
}
