import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";

/**
 * Bundles the test host (in-memory workbook + sample export) for the browser with
 * webpack's Node API, into a temporary folder: test code stays out of the add-in's build.
 *
 * @returns the path of the bundle
 */
export async function buildTestHost(): Promise<string> {
  const root = resolve(__dirname, "../..");
  const out = mkdtempSync(join(tmpdir(), "welzijn-testhost-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: resolve(__dirname, "testHost/installTestHost.ts"),
    output: { path: out, filename: "testHost.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: resolve(root, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
  });
  await new Promise<void>((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    });
  });
  return join(out, "testHost.js");
}
