import {speakerPalette, unattributedColour} from './speaker-palette.js'

const colours = [
  ...speakerPalette.map((colour, index) => `.sp-${index}{--bg:${colour.background};--accent:${colour.accent}}`),
  `.sp-none{--bg:${unattributedColour.background};--accent:${unattributedColour.accent}}`
].join('\n')

/**
 * The report's whole style sheet (inline in the page, no external fonts or
 * images). Text colours keep a contrast of at least 4.5:1 on their
 * backgrounds (WCAG AA).
 */
export const reportStyle = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4d4d4d;--line:#d4d4d4;--panel:#f5f6f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
a{color:#0a4f9c}
.report-header{padding:.9rem 1.5rem;border-bottom:1px solid var(--line);background:var(--panel)}
.report-header h1{margin:0;font-size:1.3rem;line-height:1.3}
.report-header p{margin:.2rem 0 0;color:var(--muted);font-size:.9rem}
.report-header label{font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,22rem)}
@media (max-width:56rem){.layout{grid-template-columns:minmax(0,1fr)}}
main{padding:1.25rem 1.5rem 4rem;min-width:0}
aside{padding:.5rem 1.25rem 2rem;border-left:1px solid var(--line);background:var(--panel);font-size:.92rem}
.source,.metadata{font:1.05rem/1.7 Georgia,"Times New Roman",serif;max-width:46rem;white-space:pre-wrap;overflow-wrap:anywhere}
.source.format-html,.metadata{white-space:normal}
.metadata{margin:0 0 1.5rem;padding:.6rem .8rem;border:1px dashed var(--line)}
.metadata h2{margin:0 0 .4rem;font:600 .8rem system-ui,sans-serif;color:var(--muted)}
.part{display:block;margin:0 0 .85rem;padding:.1rem 0 .1rem .75rem;border-left:3px solid var(--line)}
.part::before,.dateline::before{content:attr(data-label)}
.part::before,.dateline::before,.part-sample{display:inline-block;margin-right:.45rem;padding:0 .35rem;border-radius:.25rem;background:#e9ebee;color:#3d3d3d;font:600 .68rem/1.5 system-ui,sans-serif;letter-spacing:.03em;text-transform:uppercase;vertical-align:.15em;font-style:normal;text-decoration:none}
.part.continued::before{content:none}
.headline{font-size:1.55rem;font-weight:700;line-height:1.3;border-left-color:#1b1b1b}
.dek{font-style:italic;border-left-color:#7a7a7a}
.byline,.published{font-variant:small-caps;border-left-color:#7a7a7a}
.heading{font-size:1.2rem;font-weight:700;border-left-color:#1b1b1b}
.caption{font-size:.95rem;font-style:italic;background:#f8f5ec;border-left-color:#9c8140;padding:.3rem .6rem .3rem .75rem}
.credit{font-style:italic;color:var(--muted)}
.boilerplate,.boiler-sample{color:#555;text-decoration:line-through}
.loose{display:block;margin:0 0 .85rem;padding-left:.75rem;border-left:3px dotted var(--line);color:#555}
.gap{display:block;margin:0 0 .85rem;color:#555;font:italic .85rem system-ui,sans-serif}
.tag{display:none;color:#5c5c5c;font:.72rem ui-monospace,Menlo,Consolas,monospace}
body:has(#show-markup:checked) .tag{display:inline}
.dateline{font-weight:700}
.fact{border-bottom:1px dotted #6b5720}
.fact::after{content:attr(data-label);margin-left:.2em;color:#574615;font:600 .6rem system-ui,sans-serif;text-transform:uppercase;vertical-align:super;font-style:normal}
.q{background:var(--bg);border-bottom:2px solid var(--accent);border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.q-indirect{background:color-mix(in srgb,var(--bg) 50%,#fff);border-bottom-style:dashed}
.sp-again.q{border-bottom-style:dotted}
.q:focus{outline:3px solid var(--accent);outline-offset:1px}
.q:focus:not(:focus-visible){outline:none}
.cue{text-decoration:underline solid var(--accent) 2px;text-underline-offset:.22em}
.addressee{text-decoration:underline dotted var(--accent) 2px;text-underline-offset:.22em}
.mention{font-weight:700}
.tip{display:none;position:fixed;right:1rem;bottom:1rem;z-index:10;width:max-content;max-width:min(24rem,calc(100vw - 2rem));padding:.55rem .8rem;border-left:.5rem solid var(--bg);border-radius:.35rem;background:#1e2330;color:#fff;font:400 .88rem/1.45 system-ui,sans-serif;font-style:normal;white-space:normal;text-align:left;box-shadow:0 .3rem 1rem rgba(0,0,0,.25)}
.q:hover>.tip,.q:focus>.tip{display:block}
.tip-line{display:grid;grid-template-columns:7.5em minmax(0,1fr);gap:.4em}
.tip-label{font-weight:700;color:#e6e6e6}
:target{outline:3px solid #b3400f;outline-offset:2px}
aside h2{margin:1.1rem 0 .4rem;font-size:1rem}
aside h3{margin:.6rem 0 .2rem;font-size:.78rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
aside ul{margin:0 0 .5rem;padding:0;list-style:none}
aside li{margin:.25rem 0}
.key li{margin:.35rem 0}
.entities{display:flex;flex-wrap:wrap;gap:.15rem .75rem}
.swatch{display:inline-block;width:.95rem;height:.95rem;margin-right:.4rem;border:2px solid var(--accent);border-radius:.2rem;background:var(--bg);vertical-align:-.12em}
.count{color:var(--muted);font-size:.85rem}
.speaker .count{display:block;margin-left:1.35rem;color:var(--muted);font-size:.85rem}
.messages code{font-size:.82rem}
${colours}
`
