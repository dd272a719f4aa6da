/** Shared by the rewrite tests (test/build-twin.test.ts) and the twin's own step (test/twin/). */
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Where scripts/build-twin.js writes the cdktn flavour. */
export const TWIN = path.join(ROOT, '.twin');

/**
 * What must not be left in the twin: a JS/TS module specifier naming cdktf or an @cdktf package
 * (import/require/import()/jest.mock/require.resolve, deep paths too), a Python import of cdktf, or the
 * cdktf flavour's Python module.
 */
export const CDKTF_MODULE = /(\bfrom\s+|\bimport\s+|\brequire\(\s*|\bimport\(\s*|\bjest\.(?:mock|requireActual|requireMock)\(\s*|\brequire\.resolve\(\s*)(['"`])(cdktf|@cdktf\/[^'"`/]+)(\/[^'"`]*)?\2|^\s*(from|import)\s+cdktf\b|\bcdktf_alicloud_image_builder\b/m;

/** Files that hold the rewrite rules or samples of what they rewrite, as data (not as imports). */
export const TWIN_SOURCE_OF_RULES = ['scripts/build-twin.js', 'test/build-twin.test.ts', 'test/util/twin.ts'];

/** A file's text as the CDKTF_MODULE scan sees it: the README's "Two flavours" section names both on purpose. */
export function scannable(file: string, text: string): string {
  return file === 'README.md' ? text.replace(/\n## Two flavours[\s\S]*?(?=\n## |$)/, '') : text;
}
