/** How the bench prints figures: decimal units (1 KB = 10³ bytes), as the targets are stated. */

export const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const gb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`);
export const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
export const seconds = (value: number) =>
  value >= 60_000 ? `${Math.floor(value / 60_000)} min ${((value % 60_000) / 1000).toFixed(0)} s` : `${(value / 1000).toFixed(1)} s`;
export const minutes = (value: number) => `${(value / 60_000).toFixed(1)} min`;
export const rate = (bytes: number, wallMs: number) => `${(bytes / 1e6 / (wallMs / 1000)).toFixed(1)}`;
export const percent = (share: number) => `${Math.round(share * 100)}%`;
/** `1000` → `1,000`, as the issue writes plan counts. */
export const count = (value: number) => value.toLocaleString('en-US');
