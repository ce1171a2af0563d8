package org.ocdsnacional.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryLiteralsTest {

    @Test
    void everyKindOfValueIsWrittenAsAGraphQlLiteral() {
        String tree = "ObjectValue{objectFields=[ObjectField{name='t', value=StringValue{value='di \"x\" \\ y'}}, "
                + "ObjectField{name='n', value=IntValue{value=5}}, ObjectField{name='x', value=FloatValue{value=1.5}}, "
                + "ObjectField{name='b', value=BooleanValue{value=true}}, ObjectField{name='z', value=NullValue{}}, "
                + "ObjectField{name='e', value=EnumValue{name='MX_JAL'}}, ObjectField{name='l', value=ArrayValue{"
                + "values=[IntValue{value=1}, ArrayValue{values=[]}]}}, ObjectField{name='v', "
                + "value=VariableReference{name='v'}}, ObjectField{name='o', value=ObjectValue{objectFields=[]}}]}";

        assertEquals("con «{t: \"di \\\"x\\\" \\\\ y\", n: 5, x: 1.5, b: true, z: null, e: MX_JAL, l: [1, []], v: $v, "
                + "o: {}}» y «MX_JAL»", QueryLiterals.readable("con «" + tree + "» y «EnumValue{name='MX_JAL'}»"));
    }

    @Test
    void aTreeThatCannotBeReadWholeIsLeftAsItIs() {
        String cut = "valor «ObjectValue{objectFields=[ObjectField{name='t', value=StringValue{value='abc";

        assertEquals(cut, QueryLiterals.readable(cut));
        assertEquals("sin árbol / no tree", QueryLiterals.readable("sin árbol / no tree"));
    }
}
