/** Writes index.html, app.js and app.css into `out` (default dist/web); resolves to the folder. */
export function buildWeb(out?: string): Promise<string>;
