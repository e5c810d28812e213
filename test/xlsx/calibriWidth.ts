/**
 * Width of a text in Excel column units ('0' characters) in 11-point Calibri, from Calibri's
 * advance widths (units of 1/2048 em; '0' is 1038). Independent of the writer's own estimate,
 * so that a test can check that a column really fits its text. Unknown characters count as '0'.
 */
const ADVANCE: Readonly<Record<string, number>> = {
  " ": 463,
  "!": 544,
  "%": 1460,
  "'": 452,
  "(": 621,
  ")": 621,
  "*": 1020,
  "+": 1020,
  ",": 511,
  "-": 627,
  ".": 517,
  "/": 797,
  ":": 548,
  ";": 548,
  "<": 1020,
  "=": 1020,
  ">": 1020,
  "?": 941,
  "&": 1400,
  "–": 1024,
  "—": 2048,
  "∕": 797,
  A: 1185,
  B: 1114,
  C: 1092,
  D: 1260,
  E: 1000,
  F: 941,
  G: 1292,
  H: 1276,
  I: 516,
  J: 653,
  K: 1064,
  L: 861,
  M: 1751,
  N: 1322,
  O: 1356,
  P: 1058,
  Q: 1378,
  R: 1112,
  S: 941,
  T: 998,
  U: 1314,
  V: 1162,
  W: 1822,
  X: 1063,
  Y: 998,
  Z: 959,
  a: 981,
  b: 1076,
  c: 866,
  d: 1076,
  e: 1019,
  f: 625,
  g: 964,
  h: 1076,
  i: 470,
  j: 490,
  k: 931,
  l: 470,
  m: 1636,
  n: 1076,
  o: 1080,
  p: 1076,
  q: 1076,
  r: 714,
  s: 801,
  t: 686,
  u: 1076,
  v: 925,
  w: 1464,
  x: 887,
  y: 927,
  z: 809,
};

/**
 * @param text - the cell text
 * @param bold - bold runs about 5% wider
 * @returns the width in Excel's units
 */
export function calibriWidth(text: string, bold = false): number {
  let units = 0;
  for (const ch of text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))
    units += ADVANCE[ch] ?? 1038;
  return (units / 1038) * (bold ? 1.05 : 1);
}
