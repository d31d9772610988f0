// Every migration, in order. Add a new file NNN-name.ts and list it here; never edit a shipped one.
import type { Migration } from './types.ts';
import * as m001 from './001-glossary.ts';
import * as m002 from './002-search-index.ts';
import * as m003 from './003-bulletin.ts';
import * as m004 from './004-accepted-findings.ts';
import * as m005 from './005-versions-comments.ts';
import * as m006 from './006-team.ts';
import * as m007 from './007-issue-admin.ts';
import * as m008 from './008-article-summary.ts';
import * as m009 from './009-concept-browse.ts';
import * as m010 from './010-one-search-index.ts';

export type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010];
