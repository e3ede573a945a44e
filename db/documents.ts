// The papers of projects (`documents`, `project_documents`) and who read or wrote them
// (`document_access_log`, R24). Content is stored once per SHA-256; attaching the same bytes again adds
// nothing but the attachment.
import type { Pool } from 'pg';
import { withTransaction, type Queryable } from './queryable';

export interface AttachedDocument {
  sha256: string;
  kind: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface Actor {
  id: string;
  role: string;
}

/**
 * Stores the bytes (once) and attaches them to the project as `kind`, logging the upload; answers the
 * attachment (the first one, when these bytes were attached as this kind before).
 */
export async function attachDocument(
  pool: Pool,
  doc: { code: string; sha256: string; kind: string; fileName: string; mediaType: string; content: Buffer },
  actor: Actor,
): Promise<AttachedDocument> {
  return withTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO documents (sha256, media_type, size, content) VALUES ($1,$2,$3,$4)
       ON CONFLICT (sha256) DO NOTHING`,
      [doc.sha256, doc.mediaType, doc.content.length, doc.content],
    );
    await client.query(
      `INSERT INTO project_documents (project_code, sha256, kind, file_name, uploaded_by, uploaded_role)
       VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
      [doc.code, doc.sha256, doc.kind, doc.fileName, actor.id, actor.role],
    );
    await logAccess(client, doc.code, doc.sha256, 'upload', actor);
    const { rows } = await client.query<AttachmentRow>(
      `${ATTACHMENTS} WHERE pd.project_code = $1 AND pd.sha256 = $2 AND pd.kind = $3`,
      [doc.code, doc.sha256, doc.kind],
    );
    return toAttachment(rows[0]!);
  });
}

const logAccess = (db: Queryable, code: string, sha256: string, action: string, actor: Actor) =>
  db.query(
    'INSERT INTO document_access_log (project_code, sha256, action, actor_id, actor_role) VALUES ($1,$2,$3,$4,$5)',
    [code, sha256, action, actor.id, actor.role],
  );

interface AttachmentRow {
  sha256: string;
  kind: string;
  file_name: string;
  media_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: Date;
}

const ATTACHMENTS = `SELECT pd.sha256, pd.kind, pd.file_name, d.media_type, d.size, pd.uploaded_by, pd.uploaded_at
  FROM project_documents pd JOIN documents d USING (sha256)`;

const toAttachment = (row: AttachmentRow): AttachedDocument => ({
  sha256: row.sha256,
  kind: row.kind,
  fileName: row.file_name,
  mediaType: row.media_type,
  size: row.size,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at.toISOString(),
});

export async function documentsOf(db: Queryable, code: string): Promise<AttachedDocument[]> {
  const { rows } = await db.query<AttachmentRow>(
    `${ATTACHMENTS} WHERE pd.project_code = $1 ORDER BY pd.uploaded_at, pd.sha256`,
    [code],
  );
  return rows.map(toAttachment);
}

/** The hashes among `hashes` that are not attached to the project. */
export async function unattached(db: Queryable, code: string, hashes: readonly string[]): Promise<string[]> {
  if (!hashes.length) return [];
  const { rows } = await db.query<{ sha256: string }>(
    'SELECT DISTINCT sha256 FROM project_documents WHERE project_code = $1 AND sha256 = ANY($2)',
    [code, [...hashes]],
  );
  const found = new Set(rows.map((row) => row.sha256));
  return hashes.filter((hash) => !found.has(hash));
}

/** A project's document with its bytes, the download logged; undefined when not attached to it. */
export async function downloadDocument(
  pool: Pool,
  code: string,
  sha256: string,
  actor: Actor,
): Promise<{ mediaType: string; fileName: string; content: Buffer } | undefined> {
  const { rows } = await pool.query<{ media_type: string; file_name: string; content: Buffer }>(
    `SELECT d.media_type, pd.file_name, d.content FROM project_documents pd JOIN documents d USING (sha256)
     WHERE pd.project_code = $1 AND pd.sha256 = $2 ORDER BY pd.uploaded_at LIMIT 1`,
    [code, sha256],
  );
  const row = rows[0];
  if (!row) return undefined;
  await logAccess(pool, code, sha256, 'download', actor);
  return { mediaType: row.media_type, fileName: row.file_name, content: row.content };
}
