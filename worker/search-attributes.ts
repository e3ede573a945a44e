// Registers the workflows' search attributes on a server that lacks them (an existing cluster; the local
// dev server gets them from `--search-attribute` flags). Idempotent: registers only what is missing.
import type { Connection } from '@temporalio/client';
// @temporalio/proto is CommonJS: its namespace comes through the default export under ESM.
import proto from '@temporalio/proto';
import { SearchAttributeType } from '@temporalio/common';
import { searchAttributeRegistrations } from '../contract/search-attributes';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const INDEXED: Record<SearchAttributeType, proto.temporal.api.enums.v1.IndexedValueType> = {
  [SearchAttributeType.TEXT]: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  [SearchAttributeType.KEYWORD]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.INT]: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  [SearchAttributeType.DOUBLE]: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  [SearchAttributeType.BOOL]: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  [SearchAttributeType.DATETIME]: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  [SearchAttributeType.KEYWORD_LIST]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const known = new Set(Object.keys(existing.customAttributes ?? {}));
  const missing = searchAttributeRegistrations().filter((sa) => !known.has(sa.name));
  if (missing.length === 0) return [];
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((sa) => [sa.name, INDEXED[sa.type]])),
  });
  return missing.map((sa) => sa.name);
}
