/**
 * Build of the add-in: task pane (shared runtime page), custom functions, ribbon commands.
 * ts-loader type-checks; CustomFunctionsMetadataPlugin turns @customfunction JSDoc into
 * functions.json and fails the build on metadata errors.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsLocalePlugin } = require("./scripts/functions-locale.js");
const { DEV_URL, parseAddinUrl, rewriteManifest } = require("./scripts/package-manifest.js");
const { version } = require("./package.json");

// Production URL: where the organisation hosts the build (its own server, never a third party's);
// `npm run package -- --url ...` sets it. Without it, the production manifest keeps the dev server.
function productionUrl() {
  const given = process.env.WELZIJN_ADDIN_URL;
  if (!given) return DEV_URL;
  const parsed = parseAddinUrl(given);
  if ("error" in parsed) throw new Error(`WELZIJN_ADDIN_URL: ${parsed.error}`);
  return parsed.url;
}
const urlProd = productionUrl();

/** Dev certificates: office-addin-dev-certs when they can be trusted, else webpack's self-signed. */
async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    console.warn(
      "Ontwikkelcertificaten niet beschikbaar: webpack-dev-server gebruikt een eigen certificaat."
    );
    return "https";
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The KPI functions are generated from the KPI registry (npm run functions:generate).
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: ["./src/functions/functions.ts", "./src/functions/generated/kpiFunctions.ts"],
      }),
      // English names and help (functions-en-us.json) for Excel in en-US; see manifest.xml.
      new FunctionsLocalePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/*.css", to: "[name][ext]" },
          {
            from: "assets/voorbeeld-export.xlsx",
            to: "assets/[name][ext]",
            noErrorOnMissing: true,
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : rewriteManifest(content.toString(), { url: urlProd, version }),
          },
          {
            // Microsoft's office.js served from our own origin: no CDN at run time.
            from: "node_modules/@microsoft/office-js/dist/*.js",
            to: "office-js/[name][ext]",
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true },
          },
          {
            from: "node_modules/@microsoft/office-js/dist/{en-us,nl-nl}/**/*",
            to: ({ absoluteFilename }) =>
              "office-js/" +
              path.relative(
                path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
                absoluteFilename
              ),
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? await getHttpsOptions() : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      watchFiles: {
        paths: ["src/**/*"],
        options: { ignored: ["**/node_modules/**", "**/dist/**", "**/test-output/**"] },
      },
    },
    watchOptions: {
      ignored: ["**/node_modules/**", "**/dist/**", "**/test-output/**", "**/demo/**"],
    },
  };
};
