import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { markdownFiles, markdownLinks, ROOT } from "./markdownLinks";

// The guide's screenshots stay reproducible: each one the guide shows is copied by
// `npm run docs:afbeeldingen` (scripts/docs-images.js) from the browser test that makes it.
const script = createRequire(__filename)(path.join(ROOT, "scripts", "docs-images.js")) as {
  GUIDE_IMAGES: unknown;
  REPORT_IMAGE: unknown;
};
const GUIDE_IMAGES = script.GUIDE_IMAGES as string[];
const REPORT_IMAGE = script.REPORT_IMAGE as string;
const IMAGES = path.join(ROOT, "docs", "images");

const images = markdownFiles().flatMap((file) =>
  markdownLinks(file)
    .filter((link) => link.image)
    .map((link) => ({
      ...link,
      path: path.relative(ROOT, path.resolve(ROOT, path.dirname(file), link.target)),
    }))
);

describe("the pictures of the docs", () => {
  it("the script lists the guide's screenshots and the rendered report", () => {
    expect(GUIDE_IMAGES).toContain("taakvenster-1-gegevens.png");
    expect(GUIDE_IMAGES.every((name) => /^taakvenster-[\w-]+\.png$/.test(name))).toBe(true);
    expect(REPORT_IMAGE).toBe("rapport.png");
  });

  it("every picture README.md and docs/*.md show is a file in docs/images", () => {
    const wrong = images
      .filter(
        (image) =>
          path.dirname(image.path) !== path.join("docs", "images") ||
          !existsSync(path.join(ROOT, image.path))
      )
      .map((image) => `${image.file}:${image.line} ${image.target}`);
    expect(images.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it("every picture the guide shows is made by npm run docs:afbeeldingen", () => {
    const guide = images
      .filter((image) => image.file === "docs/handleiding.md")
      .map((image) => path.basename(image.path));
    expect(guide).toContain(REPORT_IMAGE);
    expect(guide.filter((name) => name !== REPORT_IMAGE && !GUIDE_IMAGES.includes(name))).toEqual(
      []
    );
  });

  it("every screenshot the script copies is committed and written by the browser test", () => {
    const browserTest = readFileSync(
      path.join(ROOT, "test", "browser", "taskpane.test.ts"),
      "utf8"
    );
    expect(GUIDE_IMAGES.filter((name) => !existsSync(path.join(IMAGES, name)))).toEqual([]);
    expect(GUIDE_IMAGES.filter((name) => !browserTest.includes(`"${name}"`))).toEqual([]);
  });

  it("docs/images holds no picture that no doc shows", () => {
    const shown = new Set(images.map((image) => path.basename(image.path)));
    const unused = readdirSync(IMAGES).filter((name) => !shown.has(name));
    expect(unused).toEqual([]);
  });
});
