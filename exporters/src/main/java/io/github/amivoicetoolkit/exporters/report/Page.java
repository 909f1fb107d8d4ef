package io.github.amivoicetoolkit.exporters.report;

import java.util.List;

/** The parts every report page shares: head with inline CSS, and the tiny sorting script. */
final class Page {
  private Page() {}

  static void open(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"amivoice-toolkit\">\n<title>");
    Html.text(out, title).append("</title>\n<style>\n").append(CSS);
    List<String> colours = SpeakerPalette.colours();
    for (int k = 0; k < colours.size(); k++) {
      out.append(".s").append(k).append("{fill:").append(colours.get(k)).append(";border-color:")
          .append(colours.get(k)).append("}\n.spk.s").append(k).append("{color:").append(colours.get(k)).append("}\n");
    }
    out.append("</style>\n</head>\n<body>\n");
  }

  static void close(StringBuilder out) {
    out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  private static final String CSS = """
      :root{color-scheme:light}
      body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP",sans-serif;\
      margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1a1a1a;background:#fff;line-height:1.5}
      h1{font-size:1.6rem;margin:.2rem 0 .8rem}
      h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
      h3{font-size:1rem;margin:1rem 0 .3rem}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}
      dl.facts dt{font-weight:600}
      dl.facts dd{margin:0;overflow-wrap:anywhere}
      table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
      th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right;vertical-align:top}
      td{white-space:nowrap}
      th{background:#f2f2f2}
      td.name,th.name{text-align:left}
      tfoot td{font-weight:600;background:#fafafa}
      table.sortable th{cursor:pointer}
      th[aria-sort=ascending]::after{content:" ▲"}
      th[aria-sort=descending]::after{content:" ▼"}
      .swatch{display:inline-block;width:.8em;height:.8em;border:.4em solid;border-radius:2px;\
      margin-right:.4em;vertical-align:-.15em;box-sizing:border-box}
      svg{max-width:100%;height:auto;font-size:12px}
      svg text{fill:#1a1a1a}
      svg .label{text-anchor:end}
      svg .small{font-size:10px}
      .axis line{stroke:#ddd}
      .axis text{text-anchor:middle;fill:#555}
      .silence rect{fill:#9e9e9e}
      .interruption rect{fill:#222}
      rect.gap{fill:#0072B2}
      rect.gap.overlap{fill:#D55E00}
      rect.low{opacity:.55}
      line.threshold{stroke:#222;stroke-dasharray:4 3}
      polyline.sentiment{fill:none;stroke:#0072B2;stroke-width:1.5}
      .charts{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
      figure{margin:0}
      figcaption{font-weight:600;margin-bottom:.2rem}
      details{margin:.2rem 0 .8rem}
      summary{cursor:pointer;color:#444}
      .turn{margin:.35rem 0;padding-left:.6rem;border-left:.3rem solid;break-inside:avoid}
      .turn .t{color:#555;font-variant-numeric:tabular-nums;margin-right:.4rem}
      .spk{font-weight:700;margin-right:.4rem}
      mark.low{background:#ffe08a;color:inherit;border-bottom:2px dotted #b36b00}
      .filler{color:#6b6b6b;font-style:italic}
      .legend span{margin-right:1.2rem}
      .note{color:#555;font-size:.9rem}
      @media print{
      body{max-width:none;padding:0;font-size:10pt}
      h2{break-after:avoid}
      figure,svg,table,.turn{break-inside:avoid}
      details>summary{display:none}
      table.sortable th{cursor:auto}
      th[aria-sort]::after{content:""}
      a{color:inherit;text-decoration:none}
      mark.low{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      @page{margin:14mm}
      """;

  /** Sorts a table.sortable by the clicked header; numeric cells carry their value in data-v. */
  private static final String SCRIPT = """
      document.querySelectorAll('table.sortable').forEach(function(t){
      var hs=t.tHead.rows[0].cells;
      [].forEach.call(hs,function(th,i){th.tabIndex=0;
      var go=function(){var b=t.tBodies[0],rows=[].slice.call(b.rows),asc=th.getAttribute('aria-sort')!=='ascending';
      rows.sort(function(a,c){var x=a.cells[i],y=c.cells[i],u=x.getAttribute('data-v'),v=y.getAttribute('data-v');
      var r=(u!==null&&v!==null)?(+u)-(+v):x.textContent.localeCompare(y.textContent);return asc?r:-r;});
      [].forEach.call(hs,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');rows.forEach(function(r){b.appendChild(r);});};
      th.addEventListener('click',go);
      th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});});});
      """;
}
