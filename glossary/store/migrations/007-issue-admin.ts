// What the editors set per issue in the app: a working name (rename), the title page's subtitle,
// the colophon as edited, the layout style, and the trash (deleted_at: restorable for 30 days).
// Imported issues kept their printed title, publisher and style in the store meta key
// `issue:<id>:imported`; they move into the columns here, which are the truth from now on.
import type { Db } from '../database.ts';

export const version = 7;
export const name = 'issue-admin';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE issues ADD COLUMN name TEXT NOT NULL DEFAULT '';
    ALTER TABLE issues ADD COLUMN subtitle TEXT NOT NULL DEFAULT '';
    ALTER TABLE issues ADD COLUMN style TEXT CHECK (style IS NULL OR style IN ('house-2024', 'kostec-2025'));
    -- JSON {organization, fields: [{label, value}], url} as edited; NULL: the imported or default colophon.
    ALTER TABLE issues ADD COLUMN colophon TEXT;
    ALTER TABLE issues ADD COLUMN deleted_at TEXT;
    CREATE INDEX issues_deleted ON issues(deleted_at);

    UPDATE issues SET
      title = coalesce((SELECT json_extract(m.value, '$.title') FROM store_meta m WHERE m.key = 'issue:' || issues.id || ':imported'), title),
      publisher = coalesce((SELECT json_extract(m.value, '$.publisher') FROM store_meta m WHERE m.key = 'issue:' || issues.id || ':imported'), publisher),
      style = (SELECT json_extract(m.value, '$.style') FROM store_meta m WHERE m.key = 'issue:' || issues.id || ':imported');
  `);
}
