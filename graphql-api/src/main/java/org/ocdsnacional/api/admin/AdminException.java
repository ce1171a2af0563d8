package org.ocdsnacional.api.admin;

/** An admin operation that could not be done for a reason the caller can fix; the message says what to do. */
public final class AdminException extends RuntimeException {

    public static final String NOT_FOUND = "NOT_FOUND";


    public static final String RETIRED = "RETIRED";
    public static final String INVALID_REGISTRY = "INVALID_REGISTRY";
    public static final String NOT_HARVESTING = "NOT_HARVESTING";

    private final String code;

    private AdminException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** No source with this id in the registry. */
    public static AdminException notFound(String sourceId) {
        return new AdminException(NOT_FOUND, "No hay una fuente «" + sourceId + "» en el registro / No source «"
                + sourceId + "» in the registry");
    }

    /** The source's endpoint is gone: its data stays, but it is never fetched again. */
    public static AdminException retired(String sourceId) {
        return new AdminException(RETIRED, "La fuente «" + sourceId + "» está retirada: sus datos se conservan pero "
                + "no se cosecha / Source «" + sourceId + "» is retired: its data is kept but it is not harvested");
    }

    /** The registry file cannot be used; {@code problems} say where and why. */
    public static AdminException invalidRegistry(String problems) {
        return new AdminException(INVALID_REGISTRY, "El registro no es válido y no se cambió nada / The registry "
                + "is invalid and nothing was changed: " + problems);
    }

    /** This instance does not harvest (an API instance), and no instance that harvests is running to take the run. */
    public static AdminException notHarvesting(String sourceId) {
        return new AdminException(NOT_HARVESTING, "Esta instancia solo sirve la API y ninguna instancia que cosecha "
                + "(--role harvester o all) está en marcha: inicie una y pida de nuevo la cosecha de «" + sourceId
                + "» / This instance only serves the API and no instance that harvests (--role harvester or all) is "
                + "running: start one and ask again for the run of «" + sourceId + "»");
    }

    /** The GraphQL error code. */
    public String code() {
        return code;
    }
}
