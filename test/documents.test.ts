// The papers of a project's steps over HTTP against the real servers: uploaded as files, stored once per
// SHA-256, named by hash in the step (and so in history, never the bytes), downloaded by whoever may see
// the project, every upload and download logged (R24); too large is 413, another type 415.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectWorkflowId, type Actor } from '../contract/project';
import { officer, signContract, toContract, useTestApp } from './support/lifecycle';

describe('project documents', () => {
  const t = useTestApp({ experts: 8 });

  const upload = async (
    actor: Actor,
    code: string,
    body: Buffer,
    type: string,
    kind = 'progressReport',
    language = 'en',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/projects/${code}/documents?kind=${kind}&fileName=${encodeURIComponent('进展报告.pdf')}`,
      payload: body,
      headers: { ...(await t.h.as(actor)), 'content-type': type, 'accept-language': language },
    });

  it('stores a paper once by its SHA-256, names it in the step by hash, and logs who read it', async () => {
    const { code, piId } = await toContract(t.app, t.h.as, t.h.client);
    await signContract(t.h.client, code, [60_000]);
    const lead: Actor = { id: piId, role: 'projectLead' };
    const pdf = Buffer.from(`%PDF-1.7\n% progress report of ${code}\n%%EOF\n`);
    const sha256 = createHash('sha256').update(pdf).digest('hex');

    const stored = await upload(lead, code, pdf, 'application/pdf');
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toMatchObject({
      sha256,
      kind: 'progressReport',
      size: pdf.length,
      uploadedBy: piId,
    });
    expect((await upload(lead, code, pdf, 'application/pdf')).statusCode).toBe(201);
    const { rows } = await t.h.pool.query('SELECT count(*)::int AS n FROM documents WHERE sha256 = $1', [
      sha256,
    ]);
    expect(rows[0].n).toBe(1);

    // Type and size limits, with a clear status.
    const exe = await upload(lead, code, Buffer.from('MZ'), 'application/x-msdownload');
    expect(exe.statusCode).toBe(415);
    expect(exe.headers['content-type']).toContain('application/problem+json');
    const huge = await upload(lead, code, Buffer.alloc(21 * 1024 * 1024, 1), 'application/pdf');
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ status: 413 });
    // In Chinese for whoever asks for it: title and detail both.
    const exeZh = await upload(lead, code, Buffer.from('MZ'), 'application/x-msdownload', 'other', 'zh-CN');
    expect(exeZh.json()).toMatchObject({
      title: '不支持的文件类型',
      detail: expect.stringContaining('文件类型须为'),
    });
    expect(exeZh.json()).not.toHaveProperty('detailZh');
    const hugeZh = await upload(
      lead,
      code,
      Buffer.alloc(21 * 1024 * 1024, 1),
      'application/pdf',
      'other',
      'zh-CN',
    );
    expect(hugeZh.json()).toMatchObject({ title: '请求体过大', detail: '请求体超过此接口允许的大小' });
    const stranger: Actor = { id: 'pi-of-another-project', role: 'projectLead' };
    expect((await upload(stranger, code, pdf, 'application/pdf')).statusCode).toBe(403);

    // A step names only papers of its project, by hash.
    const asLead = async (documents: string[]) =>
      t.app.inject({
        method: 'POST',
        url: `/projects/${code}/milestone-reports`,
        payload: { milestoneId: 'M1', summary: 'prototype built', documents },
        headers: await t.h.as(lead),
      });
    const unknown = await asLead(['0'.repeat(64)]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'body.documents' });
    const reported = await asLead([sha256]);
    expect(reported.statusCode, reported.body).toBe(200);
    const history = JSON.stringify(
      await t.h.client.workflow.getHandle(projectWorkflowId(code)).fetchHistory(),
    );
    expect(history).not.toContain('progress report of');

    // Whoever may see the project reads it; each download is logged.
    const listed = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}/documents`,
      headers: await t.h.as(officer),
    });
    expect(listed.json().items).toEqual([expect.objectContaining({ sha256, fileName: '进展报告.pdf' })]);
    const downloaded = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}/documents/${sha256}`,
      headers: await t.h.as(officer),
    });
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toContain('application/pdf');
    expect(downloaded.rawPayload.equals(pdf)).toBe(true);
    const log = await t.h.pool.query<{ action: string; actor_id: string }>(
      'SELECT action, actor_id FROM document_access_log WHERE project_code = $1 ORDER BY id',
      [code],
    );
    expect(log.rows).toEqual([
      { action: 'upload', actor_id: piId },
      { action: 'upload', actor_id: piId },
      { action: 'download', actor_id: officer.id },
    ]);
    const events = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}/events`,
      headers: await t.h.as(officer),
    });
    expect(events.json().items.at(-1)).toMatchObject({
      action: 'milestoneReport',
      payload: { documents: [sha256] },
    });
  });
});
