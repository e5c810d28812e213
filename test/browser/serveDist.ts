import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves dist/ (plus optional extra roots) on a free loopback port. */
export async function serveDist(
  extraRoots: Record<string, string> = {}
): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = resolve(__dirname, "../../dist");
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/ ontbreekt: eerst npm run build");
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let base = dist;
    let rest = pathname;
    for (const [prefix, dir] of Object.entries(extraRoots)) {
      if (pathname.startsWith(prefix)) {
        base = dir;
        rest = pathname.slice(prefix.length);
      }
    }
    const file = normalize(join(base, rest));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
