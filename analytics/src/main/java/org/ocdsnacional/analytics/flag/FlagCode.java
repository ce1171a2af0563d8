package org.ocdsnacional.analytics.flag;

/**
 * Every flag this project computes: Cardinal's red flags ({@code R…}, with Cardinal's codes) and the flags only
 * Mexican data allows ({@code MX…}). Names are what users read, in Spanish and English.
 */
public enum FlagCode {
    R003("Periodo de presentación de ofertas corto", "Short submission period"),
    R018("Una sola oferta recibida", "Single bid received"),
    R024("Precio cercano a la oferta ganadora", "Price close to winning bid"),
    R025("Exceso de ofertas no ganadoras", "Excessive unsuccessful bids"),
    R028("Ofertas con precios idénticos", "Identical bid prices"),
    R030("Ganó una oferta presentada tarde", "Late bid won"),
    R035("Descalificadas todas las ofertas salvo la ganadora", "All except winning bid disqualified"),
    R036("Oferta más baja descalificada", "Lowest bid disqualified"),
    R038("Exceso de ofertas descalificadas", "Excessive disqualified bids"),
    R048("Proveedor heterogéneo", "Heterogeneous supplier"),
    R058("Oferta con descuento excesivo", "Heavily discounted bid"),
    MX01("Proveedor de reciente creación", "Newly incorporated supplier"),
    MX02("Monto por encima del umbral del procedimiento", "Value above the threshold for the procedure"),
    MX03("Posible fraccionamiento de compras", "Possible split purchases"),
    MX04("Publicación tardía", "Late publication"),
    MX05("Modificación que eleva el monto del contrato", "Amendment raising the contract's value"),
    MX06("Proveedor en una lista de referencia", "Supplier on a reference list");

    private final String nameEs;
    private final String nameEn;

    FlagCode(String nameEs, String nameEn) {
        this.nameEs = nameEs;
        this.nameEn = nameEn;
    }

    public String nameEs() {
        return nameEs;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether the flag is one of Cardinal's (its code, definition and defaults). */
    public boolean cardinal() {
        return name().startsWith("R");
    }
}
