// The cards' own CSS, placed inside their shadow root: page styles cannot reach it, and it cannot
// reach the page.
export const CARD_STYLES = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
  max-height: var(--ahram-lens-card-max-height, 60vh); overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid #d6d6d6; background: #ffffff; color: #1f1f1f;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  .card { background: #232323; color: #ececec; border-color: #444; }
  .muted { color: #b5b5b5 !important; }
  .claim-quote { border-color: #555 !important; }
  button { background: #333 !important; color: #ececec !important; border-color: #555 !important; }
}
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 4px; }
.name { font-size: 15px; font-weight: 650; margin: 0; }
.kind { font-size: 11px; padding: 1px 7px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.role { margin: 0 0 6px; }
.muted { color: #5c5c5c; }
.description { margin: 0 0 8px; }
.row { display: flex; align-items: center; gap: 8px; margin: 8px 0 0; flex-wrap: wrap; }
button {
  font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; border: 1px solid #bdbdbd;
  background: #f4f4f4; color: #1f1f1f; cursor: pointer;
}
button:focus-visible, a:focus-visible { outline: 2px solid #2f6fb3; outline-offset: 2px; }
.section-title { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; margin: 10px 0 4px; }
.claims { list-style: none; margin: 0; padding: 0; }
.claims li { margin: 0 0 6px; }
.claim-quote { border-inline-start: 3px solid #e0e0e0; padding-inline-start: 8px; margin: 4px 0 0; }
.legend { display: flex; gap: 10px; flex-wrap: wrap; font-size: 11px; margin-top: 10px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-inline-end: 4px; vertical-align: -1px; }
.link { background: none !important; border: none !important; padding: 0; color: #2f6fb3 !important; text-decoration: underline; }
`;

/** The note editor's extra CSS, in the same shadow root as the cards. */
export const NOTE_EDITOR_STYLES = `
.field { display: grid; gap: 3px; margin: 8px 0 0; font-size: 12px; }
textarea, input[type='text'] { font: inherit; font-size: 13px; padding: 5px 7px; border: 1px solid #bdbdbd; border-radius: 6px; background: inherit; color: inherit; }
.colours { border: 0; padding: 0; margin: 8px 0 0; }
.colours legend { font-size: 12px; padding: 0; margin-bottom: 3px; }
.swatch-label { display: inline-grid; place-items: center; width: 24px; height: 24px; border-radius: 50%; border: 1px solid #999; }
.swatch-label input { margin: 0; accent-color: #1f1f1f; }
.error { color: #a3121a; margin: 8px 0 0; }
button[disabled] { opacity: 0.5; cursor: default; }
`;

/** The reader's notes inside cards. */
export const NOTE_CARD_STYLES = `
.note-body { margin: 4px 0; white-space: pre-wrap; }
.reader-notes li { border-inline-start: 3px solid; padding-inline-start: 8px; }
.reader-notes .muted { margin: 0; font-size: 12px; }
.history { margin: 8px 0 0; }
`;
