package mx.ventanilla.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The run as an SVG: on top, each API's throughput as a share of its baseline with the target marked; below, p50
 * and p99 latency of every scenario on a logarithmic scale.
 */
final class Chart {

    private static final int WIDTH = 900;
    private static final int LEFT = 330;
    private static final int BAR = 18;
    private static final int PLOT = WIDTH - LEFT - 60;

    private Chart() {
    }

    static String svg(Report report) {
        List<Report.Comparison> comparisons = report.comparisons();
        List<Figures> figures = report.figures();
        int ratiosTop = 60;
        int latencyTop = ratiosTop + comparisons.size() * (BAR + 10) + 70;
        int height = latencyTop + figures.size() * (2 * BAR + 8) + 50;
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH, height));
        text(svg, 10, 24, "Ventanilla benchmark: " + escape(report.title()), "font-size=\"15\" font-weight=\"bold\"");
        ratios(svg, comparisons, ratiosTop);
        latencies(svg, figures, latencyTop);
        return svg.append("</svg>\n").toString();
    }

    private static void ratios(StringBuilder svg, List<Report.Comparison> comparisons, int top) {
        text(svg, 10, top - 12, "Throughput of the API as a share of its baseline (same store, same run)",
                "font-weight=\"bold\"");
        double scale = PLOT / 1.2;
        for (int i = 0; i < comparisons.size(); i++) {
            Report.Comparison c = comparisons.get(i);
            int y = top + i * (BAR + 10);
            double width = Math.min(1.2, c.ratio()) * scale;
            text(svg, LEFT - 8, y + 13, escape(c.name()), "text-anchor=\"end\"");
            rect(svg, LEFT, y, width, BAR, c.target() == 0 ? "#757575" : c.met() ? "#2e7d32" : "#c62828");
            text(svg, LEFT + width + 6, y + 13, format("%.2f", c.ratio()), "");
            if (c.target() == 0) {
                continue;
            }
            double target = LEFT + c.target() * scale;
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" "
                    + "stroke-dasharray=\"4 2\"/>%n", target, y - 3, target, y + BAR + 3));
        }
        int y = top + comparisons.size() * (BAR + 10) + 4;
        text(svg, LEFT, y + 10, "green: target met, red: missed, grey: no target; dashed: target "
                + "(0.50 inbox, 0.70 registration)", "fill=\"#555\"");
    }

    private static void latencies(StringBuilder svg, List<Figures> figures, int top) {
        text(svg, 10, top - 12, "Latency per call, p50 (light) and p99 (dark), milliseconds, logarithmic",
                "font-weight=\"bold\"");
        double min = 0.1;
        double max = figures.stream().mapToDouble(Figures::p99).max().orElse(1) * 2;
        double decades = Math.log10(max / min);
        for (double tick = min; tick <= max; tick *= 10) {
            double x = LEFT + Math.log10(tick / min) / decades * PLOT;
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, top, x,
                    top + figures.size() * (2 * BAR + 8)));
            text(svg, x, top + figures.size() * (2 * BAR + 8) + 14, format("%s", tick < 1 ? "0.1" : format("%.0f",
                    tick)), "text-anchor=\"middle\" fill=\"#555\"");
        }
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            int y = top + i * (2 * BAR + 8);
            text(svg, LEFT - 8, y + BAR + 4, escape(f.label()), "text-anchor=\"end\"");
            bar(svg, f.p50(), min, decades, y, "#90caf9");
            bar(svg, f.p99(), min, decades, y + BAR, "#1565c0");
        }
    }

    private static void bar(StringBuilder svg, double ms, double min, double decades, int y, String colour) {
        double width = Math.max(1, Math.log10(Math.max(ms, min) / min) / decades * PLOT);
        rect(svg, LEFT, y, width, BAR - 2, colour);
        text(svg, LEFT + width + 4, y + 12, format("%.1f", ms), "");
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String colour) {
        svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, width,
                height, colour));
    }

    private static void text(StringBuilder svg, double x, double y, String text, String attributes) {
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attributes, text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
