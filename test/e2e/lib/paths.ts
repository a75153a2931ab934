import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Tools the end-to-end runners install for themselves (gitignored). */
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const CODE_SERVER_DIR = path.join(TOOLS_DIR, 'code-server');
/** Per-run scratch: XDG folders, TMPDIR, user data, extensions, the workspace copy. Wiped at the start of a run. */
export const SCRATCH_DIR = path.join(TOOLS_DIR, 'e2e-scratch');
/** The compiled extension-host suite (gitignored). */
export const SUITE_OUT_DIR = path.join(REPO_ROOT, 'dist-test');
export const SUITE_ENTRY = path.join(SUITE_OUT_DIR, 'suite.js');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures');
export const IMAGES_DIR = path.join(REPO_ROOT, 'docs', 'images');
