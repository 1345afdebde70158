/**
 * The whole stylesheet. Colours meet WCAG 2.1 AA contrast on white; focus is
 * always visible (yellow with a dark underline, as GOV.UK and NL Design System do).
 */
const BASE_STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"Fira Sans",Arial,sans-serif;font-size:100%;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
.container{max-width:44rem;margin:0 auto;padding:0 1rem}
.skip-link{position:absolute;left:-9999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem 1rem}
.skip-link:focus{left:0}
.site-header{background:#154273;color:#fff;padding:.75rem 0;margin-bottom:2rem}
.site-name{margin:0;font-weight:700;font-size:1.125rem}
.site-footer{border-top:1px solid #b1b4b6;margin-top:3rem;padding:1rem 0;color:#505a5f;font-size:.9rem}
main{padding-bottom:2rem}
main:focus{outline:none}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.5rem;margin:2rem 0 1rem}
.lead{font-size:1.2rem}
a{color:#00529b}
a:hover{color:#003078}
a:focus,input:focus,select:focus,textarea:focus,button:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
a:focus{background:#ffdd00;color:#0b0c0c;box-shadow:0 4px #0b0c0c;outline:none;text-decoration:none}
.form-group{margin-bottom:1.75rem}
.form-group--error{border-left:5px solid #b10e1e;padding-left:1rem}
.label,.legend{display:block;font-weight:700;margin-bottom:.25rem}
.legend{font-size:1.2rem}
.legend--small{font-size:1.05rem;margin-top:.5rem}
.label--small{font-weight:400}
.hint{color:#505a5f;margin:0 0 .5rem}
.hint ul{margin:.25rem 0 0;padding-left:1.25rem}
.hint p{margin:0}
.field-error{color:#b10e1e;font-weight:700;margin:0 0 .5rem}
.fieldset{border:0;margin:0;padding:0;min-width:0}
.fieldset--nested{margin:1rem 0 0}
.input,.select,.textarea{font:inherit;border:2px solid #0b0c0c;border-radius:0;padding:.4rem;width:100%;max-width:30rem;background:#fff;color:#1b1b1b}
.textarea{max-width:100%}
.input--width-2{width:3.5rem}
.input--width-4{width:5.5rem}
[aria-invalid="true"]{border-color:#b10e1e}
.date-input{display:flex;gap:1rem}
.choice{position:relative;padding-left:2.5rem;margin-bottom:.75rem;min-height:2rem}
.choice__input{position:absolute;left:0;top:0;width:1.75rem;height:1.75rem;margin:0}
.choice__label{display:inline-block;padding-top:.1rem;cursor:pointer}
.choice__hint{margin:0}
.button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;border-bottom:2px solid #002d18;padding:.6rem 1.25rem;cursor:pointer}
.button:hover{background:#005a30}
.error-summary{border:5px solid #b10e1e;padding:1rem 1.25rem;margin-bottom:2rem}
.error-summary h2{margin-top:0}
.error-summary ul{padding-left:1.25rem;margin-bottom:0}
.error-summary a{color:#b10e1e;font-weight:700}
.panel{background:#00703c;color:#fff;padding:1.5rem;margin-bottom:2rem;text-align:center}
.panel h1{color:#fff}
.reference{font-size:1.5rem;letter-spacing:.05em}
.steps li{margin-bottom:.5rem}
.honeypot{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
@media print{.site-header,.site-footer,.skip-link{display:none}}
`;

/** Portal additions: navigation, tables, panels. */
export const PORTAL_STYLES = `
.portal-nav{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;border-bottom:1px solid #b1b4b6;padding-bottom:1rem;margin-bottom:1.5rem}
.portal-nav ul{list-style:none;display:flex;gap:1.25rem;margin:0;padding:0}
.portal-user{margin:0 0 0 auto;color:#505a5f}
.inline-form{display:inline;margin:0}
.button--secondary{background:#f3f2f1;color:#0b0c0c;border-bottom-color:#929191}
.button--secondary:hover{background:#dbdad9}
.button--warning{background:#b10e1e;border-bottom-color:#55070e}
.notice{border-left:5px solid #00703c;background:#f3f2f1;padding:.75rem 1rem;margin-bottom:1.5rem}
.notice p{margin:0}
.table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
.table th,.table td{text-align:left;border-bottom:1px solid #b1b4b6;padding:.5rem .5rem .5rem 0;vertical-align:top}
.tag{display:inline-block;padding:.1rem .4rem;font-weight:700;font-size:.9rem;background:#d2e2f1;color:#0b0c0c}
.tag--late{background:#b10e1e;color:#fff}
.tag--done{background:#cce2d8;color:#005a30}
.summary-list{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}
.summary-list dt{font-weight:700}
.summary-list dd{margin:0;white-space:pre-wrap}
.panel-box{border:2px solid #b1b4b6;padding:1rem 1.25rem;margin-bottom:1.5rem}
.panel-box h2,.panel-box h3{margin-top:0}
.pre{white-space:pre-wrap}
`;

/**
 * The FG's overview and figures: wider pages for the tables, the counts at the
 * top, the filter form, sortable headers, paging, the SVG chart; and printing
 * without navigation, forms and links to other pages.
 */
export const FG_STYLES = `
.container:has(.fg-wide){max-width:72rem}
.fg-links{list-style:none;padding:0;margin:0 0 1.5rem}
.fg-links li{margin-bottom:.25rem}
.fg-counts{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0 0 1.5rem;padding:0}
.fg-counts a{display:block;min-width:9rem;border:2px solid #b1b4b6;padding:.5rem 1rem;text-decoration:none;color:#0b0c0c}
.fg-counts a:hover{border-color:#00529b}
.fg-counts__number{display:block;font-size:2rem;font-weight:700;line-height:1.2}
.fg-counts__label{text-decoration:underline}
.fg-group{margin-bottom:1.5rem}
.fg-group h3{margin:1.5rem 0 .25rem}
.fg-group__count{font-weight:400}
.fg-scroll{overflow-x:auto;margin-bottom:1.5rem}
.fg-scroll:focus{outline:3px solid #ffdd00;box-shadow:0 0 0 5px #0b0c0c}
.fg-table{margin-bottom:0}
.fg-caption{text-align:left;font-weight:700;padding-bottom:.5rem}
.fg-nowrap{white-space:nowrap}
.fg-table .fg-num{text-align:right;font-variant-numeric:tabular-nums}
.fg-figures th[scope=row]{font-weight:400}
.fg-total th,.fg-total td{font-weight:700;border-top:2px solid #0b0c0c}
.fg-note{color:#505a5f}
.fg-filter{background:#f3f2f1;padding:1rem 1.25rem;margin-bottom:1.5rem}
.fg-filter h2,.fg-filter h3{margin:0 0 1rem}
.fg-filter__fields{display:flex;flex-wrap:wrap;gap:0 1.5rem}
.fg-field{margin-bottom:1rem}
.fg-field .select,.fg-field .input{width:auto;min-width:12rem}
.fg-filter__actions{margin:1rem 0 0}
.fg-sort{font-weight:700}
.fg-pagination ul{list-style:none;display:flex;flex-wrap:wrap;gap:1.5rem;padding:0;margin:0 0 1.5rem}
.fg-result{font-weight:700}
.fg-figure{margin:0 0 1.5rem}
.fg-chart-wrap{overflow-x:auto}
.fg-chart{max-width:100%;height:auto;display:block}
.fg-definitions{grid-template-columns:minmax(6rem,10rem) 1fr}
@media print{
.container:has(.fg-wide) .portal-nav,.fg-filter,.fg-links,.fg-pagination,.fg-counts{display:none}
.container:has(.fg-wide){max-width:none}
.fg-scroll,.fg-chart-wrap{overflow:visible}
.fg-table tr,.fg-chart{break-inside:avoid}
.fg-wide a{color:#0b0c0c;text-decoration:none}
.fg-wide .tag{background:none;color:#0b0c0c;border:1px solid #0b0c0c}
}
`;

export const STYLESHEET = BASE_STYLES + PORTAL_STYLES + FG_STYLES;
