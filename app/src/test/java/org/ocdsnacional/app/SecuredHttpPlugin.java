package org.ocdsnacional.app;

import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SecureAuxTransportSettingsProvider;
import org.opensearch.plugins.SecureHttpTransportSettingsProvider;
import org.opensearch.plugins.SecureSettingsFactory;
import org.opensearch.plugins.SecureTransportSettingsProvider;
import org.opensearch.plugins.TransportExceptionHandler;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestChannel;
import org.opensearch.rest.RestHandler;
import org.opensearch.rest.RestRequest;
import org.opensearch.transport.client.node.NodeClient;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a secured OpenSearch cluster looks like to a client, for tests: HTTPS with a server certificate from a key
 * store, and basic authentication on every REST request (401 with {@code WWW-Authenticate} otherwise). Run the node
 * with {@code http.type=netty4-secure} and the settings below.
 */
public final class SecuredHttpPlugin extends Plugin implements ActionPlugin {

    static final Setting<String> KEY_STORE = Setting.simpleString("ocds.test.tls.keystore", Setting.Property.NodeScope);
    static final Setting<String> KEY_STORE_PASSWORD = Setting.simpleString("ocds.test.tls.password",
            Setting.Property.NodeScope);
    static final Setting<String> USER = Setting.simpleString("ocds.test.auth.user", Setting.Property.NodeScope);
    static final Setting<String> PASSWORD = Setting.simpleString("ocds.test.auth.password",
            Setting.Property.NodeScope);

    private final String expected;
    private final Settings settings;

    public SecuredHttpPlugin(Settings settings) {
        this.settings = settings;
        this.expected = "Basic " + Base64.getEncoder().encodeToString((USER.get(settings) + ":"
                + PASSWORD.get(settings)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<Setting<?>> getSettings() {
        return List.of(KEY_STORE, KEY_STORE_PASSWORD, USER, PASSWORD);
    }

    @Override
    public UnaryOperator<RestHandler> getRestHandlerWrapper(ThreadContext threadContext) {
        return handler -> new RestHandler.Wrapper(handler) {
            @Override
            public void handleRequest(RestRequest request, RestChannel channel, NodeClient client) throws Exception {
                if (!expected.equals(request.header("Authorization"))) {
                    BytesRestResponse refused = new BytesRestResponse(RestStatus.UNAUTHORIZED, "application/json",
                            "{\"error\":{\"type\":\"security_exception\",\"reason\":\"authentication required\"}}");
                    refused.addHeader("WWW-Authenticate", "Basic realm=\"ocds-test\"");
                    channel.sendResponse(refused);
                    return;
                }
                super.handleRequest(request, channel, client);
            }
        };
    }

    @Override
    public Optional<SecureSettingsFactory> getSecureSettingFactory(Settings ignored) {
        SSLContext context = sslContext();
        return Optional.of(new SecureSettingsFactory() {
            @Override
            public Optional<SecureTransportSettingsProvider> getSecureTransportSettingsProvider(Settings s) {
                return Optional.empty();
            }

            @Override
            public Optional<SecureHttpTransportSettingsProvider> getSecureHttpTransportSettingsProvider(Settings s) {
                return Optional.of(new SecureHttpTransportSettingsProvider() {
                    @Override
                    public Optional<TransportExceptionHandler> buildHttpServerExceptionHandler(Settings s,
                                                                                              HttpServerTransport t) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<SSLEngine> buildSecureHttpServerEngine(Settings s, HttpServerTransport t)
                            throws SSLException {
                        SSLEngine engine = context.createSSLEngine();
                        engine.setUseClientMode(false);
                        return Optional.of(engine);
                    }
                });
            }

            @Override
            public Optional<SecureAuxTransportSettingsProvider> getSecureAuxTransportSettingsProvider(Settings s) {
                return Optional.empty();
            }
        });
    }

    private SSLContext sslContext() {
        char[] password = KEY_STORE_PASSWORD.get(settings).toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(KEY_STORE.get(settings)))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test key store could not be read: " + e, e);
        }
    }
}
