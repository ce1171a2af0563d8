package org.ocdsnacional.app;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One OpenSearch node of a test cluster, from the same artifacts as the embedded node: run as a program (one JVM per
 * node, {@link LocalCluster}) with its settings as {@code key=value} arguments, it starts and runs until killed; or
 * started in this JVM with extra plugins ({@link SecuredHttpPlugin}).
 */
final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws NodeValidationException, InterruptedException {
        Settings.Builder settings = Settings.builder();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            settings.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        start(settings.build(), List.of());
        System.out.println("node started");
        new CountDownLatch(1).await();
    }

    /** Starts a node with the HTTP and transport layer, the analysers, and {@code plugins}. */
    static Node start(Settings settings, List<Class<? extends Plugin>> plugins) throws NodeValidationException {
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> settings.get("node.name"));
        List<Class<? extends Plugin>> all = new ArrayList<>(List.of(Netty4ModulePlugin.class,
                CommonAnalysisModulePlugin.class));
        all.addAll(plugins);
        Node node = new PluggedNode(environment, all.stream().map(ClusterNode::plugin).toList());
        node.start();
        return node;
    }

    private static PluginInfo plugin(Class<? extends Plugin> type) {
        return new PluginInfo(type.getName(), type.getSimpleName(), Version.CURRENT.toString(), Version.CURRENT,
                Runtime.version().feature() + "", type.getName(), List.of(), false);
    }

    private static final class PluggedNode extends Node {
        PluggedNode(Environment environment, List<PluginInfo> plugins) {
            super(environment, plugins, true);
        }
    }
}
