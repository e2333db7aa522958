// Han ideographs (basic, extension A and B–F) and CJK compatibility ideographs.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u;
const CJK_GLOBAL = new RegExp(CJK.source, 'gu');

export function hasCjk(text: string | undefined): boolean {
  return text !== undefined && CJK.test(text);
}

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}
