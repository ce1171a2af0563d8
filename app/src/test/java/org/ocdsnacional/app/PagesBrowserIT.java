package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home, process, organization and publishers' pages and the downloads, in real headless Chromium on the demo's
 * data; every page checked with axe-core and for console errors. With {@code -Dportal.screenshots=DIR} it also
 * saves the pictures of the README (home and search).
 */
class PagesBrowserIT {

    @RegisterExtension
    static final BrowserExtension CONTEXT = new BrowserExtension();

    @Test
    void theHomeShowsTheFiguresTheMapAndTheMonthsAndAStateLeadsToItsSearch() {
        Browser browser = CONTEXT.browser().open("/");

        assertEquals(String.format("%,d", PortalFixture.allProcesses()), browser.text("#process-count"));
        assertEquals(32, browser.all(".map path.state").size());
        assertFalse(browser.all("#meses ~ figure rect.bar").isEmpty(), "processes per month");
        JsonNode api = CONTEXT.portal().graphql("{ summary { uncategorised: missing(by: CATEGORY) { processCount } "
                + "undated: missing(by: MONTH) { processCount } } }");
        long uncategorised = api.at("/summary/uncategorised/processCount").asLong();
        assertTrue(uncategorised > 0, "the hostile publisher's process has no category");
        assertEquals("Sin categoría: " + String.format("%,d", uncategorised),
                browser.find("#unplaced-category").getText(),
                "the processes the breakdown cannot place, as the API's missing(by: CATEGORY)");
        long undated = api.at("/summary/undated/processCount").asLong();
        assertEquals(undated == 0 ? List.of() : List.of("Sin fecha: " + String.format("%,d", undated)),
                browser.all("#unplaced-month").stream().map(WebElement::getText).toList(),
                "a line under the months only when some process has no publication date, as missing(by: MONTH)");
        assertEquals(List.of(), Axe.serious(browser));
        screenshot(browser, "portada.png");
        browser.find(".map a[href='/buscar?estado=MX-YUC']").click();
        assertEquals("/buscar?estado=MX-YUC", browser.path());
        assertTrue(SearchBrowserIT.total(browser) > 0);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aProcessShowsItsSectionsTimelineSourcesAndDownloadsAndLeadsToItsOrganization() throws Exception {
        Browser browser = CONTEXT.browser().open("/buscar?q=adquisicion&orden=monto_mayor");
        screenshot(browser, "busqueda.png");
        String ocid = browser.text(".result code");
        browser.find(".result h3 a").click();

        assertTrue(browser.path().startsWith("/proceso/"), browser.path());
        assertEquals(ocid, browser.text(".kicker code"));
        assertFalse(browser.all(".timeline li").isEmpty(), "its releases");
        assertFalse(browser.all("#sources ~ ul a[href^='/publicadores/']").isEmpty(), "its sources");
        String record = browser.find(".downloads a[href^='/ocds/record-package']").getAttribute("href");
        HttpResponse<String> recordPackage = CONTEXT.portal().get(record.substring(record.indexOf("/ocds")));
        assertEquals(200, recordPackage.statusCode());
        assertTrue(recordPackage.body().contains(ocid));
        assertEquals(List.of(), Axe.serious(browser));

        String buyer = browser.find(".facts a[href^='/organizacion/']").getText();
        browser.find(".facts a[href^='/organizacion/']").click();
        assertTrue(browser.path().startsWith("/organizacion/"), browser.path());
        assertEquals(buyer, browser.text("h1"));
        assertFalse(browser.all("#como-comprador").isEmpty(), "its figures as buyer");
        assertFalse(browser.all(".result").isEmpty(), "its processes");
        assertEquals(List.of(), Axe.serious(browser));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aFlaggedProcessShowsItsFlagsWithTheirEvidenceAsTheApiHasThem() {
        JsonNode flagged = CONTEXT.portal().graphql("{ processes(filter: {anyFlag: true}, first: 1) { edges { node { "
                + "ocid flags { code nameEs nameEn } } } } }").at("/processes/edges/0/node");
        assertTrue(flagged.path("flags").size() > 0, "the demo plants flagged processes: " + flagged);
        Browser browser = CONTEXT.browser().open("/proceso/" + flagged.path("ocid").asText());

        List<String> codes = browser.all("#flags ~ .table-wrap td code").stream().map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        flagged.path("flags").forEach(flag -> expected.add(flag.path("code").asText()));
        assertEquals(expected, codes);
        String section = browser.text("section[aria-labelledby='flags']");
        assertTrue(section.contains(flagged.at("/flags/0/nameEs").asText()), section);
        assertTrue(section.contains("nunca un veredicto"), section);
        assertTrue(browser.all("#flags ~ .table-wrap td:nth-child(3)").stream().anyMatch(cell -> !cell.getText()
                .isBlank()), "the evidence of what raised them");
        assertEquals(List.of(), Axe.serious(browser));

        browser.open("/proceso/" + flagged.path("ocid").asText() + "?lang=en");
        assertTrue(browser.text("section[aria-labelledby='flags']").contains(flagged.at("/flags/0/nameEn").asText()));
        browser.open("/?lang=es");
    }

    @Test
    void anOrganizationShowsTheFlagsOfItsProcessesBesideTheNationalRateAsTheApiCountsThem() {
        String buyer = CONTEXT.portal().graphql("{ processes(filter: {anyFlag: true}, first: 1) { edges { node { "
                + "buyer { orgId } } } } }").at("/processes/edges/0/node/buyer/orgId").asText();
        JsonNode rates = CONTEXT.portal().graphql("{ organization(id: \"" + buyer + "\") { asBuyer { flagRates { "
                + "code processCount } } } }").at("/organization/asBuyer/flagRates");
        assertTrue(rates.size() > 0, "a buyer of a flagged process: " + buyer);
        Browser browser = CONTEXT.browser().open("/organizacion/" + buyer);

        List<String> rows = browser.all(".flag-rates tbody tr").stream()
                .map(WebElement::getText).distinct().toList();
        assertTrue(rows.size() >= rates.size(), rows.toString());
        for (JsonNode rate : rates) {
            String code = rate.path("code").asText();
            assertTrue(rows.stream().anyMatch(row -> row.startsWith(code + " · ")
                    && row.contains(" " + rate.path("processCount").asText() + " ")), code + " in " + rows);
        }
        browser.find(".flag-rates tbody a").click();
        assertTrue(browser.path().contains("senal="), browser.path());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void htmlInTheDataShowsAsTextOnTheProcessAndOrganizationPages() {
        Browser browser = CONTEXT.browser().open("/buscar?fuente=" + PortalFixture.HOSTILE_SOURCE);
        browser.find(".result h3 a").click();

        assertEquals(PortalFixture.HOSTILE_TITLE, browser.text("h1"));
        assertEquals(PortalFixture.HOSTILE_OCID, browser.text(".kicker code"));
        assertTrue(browser.all("main script, main b, main i, main img").isEmpty(), "no element from the data");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(browser.text(".timeline").contains("Cambió: licitación, adjudicaciones, partes, comprador"),
                "the sections a release changed, all in lower case: " + browser.text(".timeline"));
        browser.find(".facts a[href^='/organizacion/']").click();
        assertEquals(PortalFixture.HOSTILE_BUYER, browser.text("h1"));
        assertTrue(browser.text("main").matches("(?s).*\\b1 proceso\\b.*"), "one supplier with one process");
        assertFalse(browser.text("main").contains("1 procesos"), "one is singular");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * Tenderers who never won anything have no organization page (organizations are the buyers and suppliers of the
     * index): a process page names them without a link, and every organization it links to answers.
     */
    @Test
    void everyOrganizationAProcessPageLinksToHasAPage() throws Exception {
        JsonNode edges = CONTEXT.portal().graphql("{ processes(filter: {procurementMethods: [OPEN, SELECTIVE]}, "
                + "first: 30) { edges { node { ocid } } } }").at("/processes/edges");
        assertFalse(edges.isEmpty());
        Set<String> linked = new TreeSet<>();
        long unlinkedTenderers = 0;
        for (JsonNode edge : edges) {
            String page = CONTEXT.portal().get("/proceso/" + edge.at("/node/ocid").asText()).body();
            Matcher links = Pattern.compile("href=\"(/organizacion/[^\"]+)\"")
                    .matcher(page);
            while (links.find()) {
                linked.add(links.group(1));
            }
            unlinkedTenderers += Pattern.compile("<dt>licitante[^<]*</dt><dd>[^<]").matcher(page)
                    .results().count();
        }
        assertFalse(linked.isEmpty());
        for (String organization : linked) {
            assertEquals(200, CONTEXT.portal().get(organization.replace("&amp;", "&")).statusCode(), organization);
        }
        assertTrue(unlinkedTenderers > 0, "some tenderers never won: named, not linked");
    }

    @Test
    void anUnknownProcessOrOrganizationIsA404Page() throws Exception {
        assertEquals(404, CONTEXT.portal().get("/proceso/ocds-nadie-000").statusCode());
        assertEquals(404, CONTEXT.portal().get("/organizacion/MX-RFC-XAXX010101000").statusCode());
        assertEquals(404, CONTEXT.portal().get("/publicadores/no-existe").statusCode());
    }

    @Test
    void thePublishersPageListsEverySourceAndASourceShowsItsRunsAndIssues() {
        Browser browser = CONTEXT.browser().open("/publicadores");
        int sources = CONTEXT.portal().graphql("{ sources { id } }").path("sources").size();
        assertTrue(sources >= 7, "the demo's publishers and reference list, the hostile one and the retired one");
        assertEquals(sources, browser.all("tbody tr").size(), "every source of the registry, as the API lists them");
        assertTrue(browser.find("a[href='/publicadores/" + PortalFixture.RETIRED_SOURCE + "']")
                .getAttribute("textContent").contains("retirado"));
        assertTrue(browser.text("tbody tr:has(a[href='/publicadores/demo-jalisco']) td:nth-of-type(2)")
                .startsWith("solo a pedido"), "the demo's schedules do not fire, and its page says so");
        assertTrue(browser.text("tbody tr:has(a[href='/publicadores/" + PortalFixture.RETIRED_SOURCE
                + "']) td:nth-of-type(2)").startsWith("no se cosecha"), "a retired source is not harvested");
        assertEquals(List.of(), Axe.serious(browser));

        browser.find("tbody th a[href='/publicadores/demo-jalisco']").click();
        assertFalse(browser.all("#corridas ~ article").isEmpty(), "its runs");
        List<WebElement> groups = browser.all(".issue-group");
        assertFalse(groups.isEmpty(), "the demo publishes some defects, grouped");
        assertTrue(groups.getFirst().findElement(org.openqa.selenium.By.cssSelector("p[lang=es]")).getText()
                .length() > 10);
        assertTrue(groups.getFirst().findElement(org.openqa.selenium.By.cssSelector("p[lang=en]")).getText()
                .length() > 10);
        assertEquals(List.of(), Axe.serious(browser));

        browser.open("/publicadores/" + PortalFixture.RETIRED_SOURCE);
        assertTrue(browser.text(".banner").contains("retirada"), browser.text(".banner"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theCsvOfASearchHasARowPerProcessAsTheApiCountsThem() throws Exception {
        HttpResponse<byte[]> csv = CONTEXT.portal().getBytes("/exportar/procesos.csv?estado=MX-JAL");
        assertEquals(200, csv.statusCode());
        byte[] body = csv.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "a BOM");
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.getFirst().startsWith("ocid,titulo,comprador,"), lines.getFirst());
        JsonNode api = CONTEXT.portal().graphql("{ processes(filter: {states: [MX_JAL]}, first: 1) { totalCount } "
                + "summary(filter: {states: [MX_JAL]}) { processCount } }");
        assertEquals(api.at("/processes/totalCount").asInt(), lines.size() - 1);
        assertEquals(api.at("/summary/processCount").asInt(), lines.size() - 1);
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains("MX-JAL")));

        HttpResponse<byte[]> jsonLines = CONTEXT.portal().getBytes("/exportar/procesos.jsonl?estado=MX-JAL");
        assertEquals(lines.size() - 1, new String(jsonLines.body(), StandardCharsets.UTF_8).lines().count());
        HttpResponse<byte[]> pkg = CONTEXT.portal().getBytes("/exportar/paquete.json?estado=MX-JAL");
        JsonNode releasePackage = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pkg.body());
        assertEquals(lines.size() - 1, releasePackage.path("releases").size());
        assertEquals("1.1", releasePackage.path("version").asText());
        assertEquals(400, CONTEXT.portal().get("/exportar/procesos.csv?desde=ayer").statusCode());
    }

    @Test
    void aDownloadLargerThanTheLimitIsCutThereAndSaysSo() throws Exception {
        HttpResponse<byte[]> csv = CONTEXT.portal().getBytes("/exportar/procesos.csv");

        assertEquals(200, csv.statusCode());
        assertEquals(String.valueOf(PortalFixture.EXPORT_LIMIT), csv.headers().firstValue("X-Export-Truncated")
                .orElse(""));
        assertEquals(String.valueOf(PortalFixture.allProcesses()), csv.headers().firstValue("X-Export-Total")
                .orElse(""));
        assertEquals(PortalFixture.EXPORT_LIMIT + 1, new String(csv.body(), StandardCharsets.UTF_8).lines().count(),
                "the header and as many rows as the limit");
    }

    @Test
    void headRequestsAnswerAsGetWithoutABody() throws Exception {
        for (String path : List.of("/", "/buscar?q=adquisicion", "/publicadores", "/publicadores/demo-cdmx",
                "/exportar/procesos.csv", "/no/existe", "/buscar?desde=ayer")) {
            HttpResponse<byte[]> get = CONTEXT.portal().getBytes(path);
            HttpResponse<byte[]> head = CONTEXT.portal().head(path);

            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            for (String header : List.of("Content-Type", "Content-Disposition", "Content-Security-Policy",
                    "X-Export-Truncated", "X-Export-Total")) {
                assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), path + " " + header);
            }
            if (!path.startsWith("/exportar")) {
                assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length")
                        .orElse(""), path + ": the length a GET gets");
            }
        }
        String asset = CONTEXT.browser().open("/").find("link[rel=stylesheet]").getAttribute("href");
        assertEquals(200, CONTEXT.portal().head(asset.substring(asset.indexOf("/", 8))).statusCode());
    }

    @Test
    void theSearchPageLinksItsDownloads() {
        Browser browser = CONTEXT.browser().open("/buscar?estado=MX-YUC");
        String csv = browser.find(".downloads a[href^='/exportar/procesos.csv']").getAttribute("href");
        assertTrue(csv.endsWith("/exportar/procesos.csv?estado=MX-YUC"), csv);
    }

    @Test
    void everyPageIsUsableInEnglishAndOnAPhone() {
        JsonNode flagged = CONTEXT.portal().graphql("{ processes(filter: {anyFlag: true}, first: 1) { edges { node { "
                + "ocid buyer { orgId } } } } }").at("/processes/edges/0/node");
        Browser browser = CONTEXT.browser();
        browser.resize(390, 844);
        try {
            for (String page : List.of("/?lang=en", "/buscar?q=adquisicion", "/proceso/"
                    + flagged.path("ocid").asText(), "/organizacion/" + flagged.at("/buyer/orgId").asText(),
                    "/publicadores", "/publicadores/demo-cdmx")) {
                browser.open(page);
                assertEquals("en", browser.find("html").getAttribute("lang"), page);
                assertEquals(List.of(), Axe.serious(browser), page);
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 1, () -> page + " scrolls sideways by " + overflow + ": "
                        + browser.script("var w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round("
                        + "e.getBoundingClientRect().right)).join(', ');"));
            }
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            browser.open("/?lang=es");
            browser.resize(1280, 900);
        }
    }

    /**
     * On a phone a table wider than the screen scrolls sideways in a region of its own: one the keyboard reaches and
     * scrolls, named by the table's caption (the flags of a process were out of reach of a keyboard there).
     */
    @Test
    void onAPhoneATableWiderThanTheScreenIsANamedRegionTheKeyboardScrolls() {
        JsonNode flagged = CONTEXT.portal().graphql("{ processes(filter: {anyFlag: true}, first: 1) { edges { node { "
                + "ocid buyer { orgId } } } } }").at("/processes/edges/0/node");
        String process = "/proceso/" + flagged.path("ocid").asText();
        Browser browser = CONTEXT.browser();
        browser.resize(390, 844);
        int wideSeen = 0;
        try {
            for (String page : List.of(process, process + "?lang=en", "/organizacion/"
                    + flagged.at("/buyer/orgId").asText(), "/publicadores", "/?lang=es")) {
                browser.open(page);
                List<WebElement> wide = browser.all(".table-wrap").stream().filter(WebElement::isDisplayed)
                        .filter(region -> ((Number) browser
                        .script("return arguments[0].scrollWidth - arguments[0].clientWidth;", region)).intValue() > 1)
                        .toList();
                wideSeen += wide.size();
                for (WebElement region : wide) {
                    assertEquals("0", region.getAttribute("tabindex"), page);
                    assertEquals("region", region.getAttribute("role"), page);
                    assertEquals(region.findElement(By.tagName("caption")).getText(),
                            region.getAttribute("aria-label"), page);
                    browser.script("arguments[0].focus();", region);
                    region.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(page + ": the arrow keys "
                            + "scroll it").until(driver -> ((Number) browser.script("return arguments[0].scrollLeft;",
                            region)).intValue() > 0);
                }
                assertEquals(List.of(), Axe.check(browser).stream()
                        .filter(violation -> violation.rule().equals("scrollable-region-focusable")).toList(), page);
            }
            // Which tables overflow depends on the data (a process's flags and their evidence): some must, or the
            // test would check nothing.
            assertTrue(wideSeen > 0, "some table of these pages is wider than a phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void onAPhoneTheResultsComeBeforeTheFiltersAndOnAWideScreenBesideThem() {
        Browser browser = CONTEXT.browser();
        browser.resize(390, 844);
        try {
            browser.open("/buscar?q=adquisicion");
            assertTrue(browser.find(".result").getLocation().getY() < browser.find(".filters").getLocation().getY(),
                    "a phone shows the results without scrolling past every filter");
            browser.find(".to-filters").click();
            assertTrue(browser.find("#filters-title").isDisplayed());
        } finally {
            browser.resize(1280, 900);
        }
        browser.open("/buscar?q=adquisicion");
        assertTrue(browser.find(".filters").getLocation().getX() < browser.find(".result").getLocation().getX(),
                "the filters on the left of the results");
        assertFalse(browser.find(".to-filters").isDisplayed(), "no link to what is beside");
    }

    /** With {@code -Dportal.screenshots=DIR}, saves the README's pictures into DIR. */
    private static void screenshot(Browser browser, String name) {
        Optional.ofNullable(System.getProperty("portal.screenshots")).filter(dir -> !dir.isBlank())
                .ifPresent(dir -> {
                    browser.resize(1280, 1500);
                    browser.screenshot(Path.of(dir).resolve(name));
                    browser.resize(1280, 900);
                });
    }
}
