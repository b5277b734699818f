/** An open-data document as served under /data/: pretty-printed UTF-8 JSON, for people and tools alike. */
export function openDataResponse(document: unknown): Response {
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
