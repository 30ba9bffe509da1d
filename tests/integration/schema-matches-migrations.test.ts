import { readFileSync } from "node:fs";
import path from "node:path";
import internals from "@prisma/internals";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/scripts/lib/database";
import { freshDatabase } from "../support/databases";

/**
 * prisma/schema.prisma and prisma/migrations must describe the same database: Prisma's own diff
 * needs an engine this machine cannot fetch, so this test migrates an empty database and compares
 * what PostgreSQL reports with Prisma's parsed schema (DMMF): tables, columns, types, nullability,
 * defaults, keys, indexes, foreign keys and enums.
 */

type Field = {
  name: string;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Index = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: Array<{ name: string }> };

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
};

/** Defaults Prisma fills in on the client (cuid, uuid, @updatedAt) leave no default in the database. */
const hasDatabaseDefault = (field: Field) =>
  field.hasDefaultValue &&
  !(typeof field.default === "object" && field.default && "name" in field.default && ["cuid", "uuid", "nanoid"].includes(String(field.default.name)));

let client: pg.Client;
let models: Model[];
let indexes: Index[];
let enums: Array<{ name: string; values: Array<{ name: string }> }>;

beforeAll(async () => {
  const url = await freshDatabase("schema_check");
  await migrate(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(path.resolve("prisma/schema.prisma"), "utf8") });
  models = dmmf.datamodel.models as unknown as Model[];
  indexes = (dmmf.datamodel as unknown as { indexes: Index[] }).indexes;
  enums = dmmf.datamodel.enums as unknown as typeof enums;
});

afterAll(async () => {
  await client?.end();
});

const table = (model: Model) => model.dbName ?? model.name;

describe("schema.prisma and the migrations agree", () => {
  it("have the same tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual(models.map(table).sort());
  });

  it("have the same columns, types, nullability and defaults", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; type: string; is_nullable: string; column_default: string | null }>(
      `SELECT c.table_name, c.column_name, c.is_nullable, c.column_default,
              format_type(a.atttypid, a.atttypmod) AS type
         FROM information_schema.columns c
         JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
        WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`,
    );
    const actual = rows.map((row) => ({
      column: `${row.table_name}.${row.column_name}`,
      type: row.type,
      nullable: row.is_nullable === "YES",
      hasDefault: row.column_default !== null,
    }));
    const expected = models.flatMap((model) =>
      model.fields
        .filter((field) => field.kind === "scalar" || field.kind === "enum")
        .map((field) => ({
          column: `${table(model)}.${field.name}`,
          type: `${field.kind === "enum" ? `"${field.type}"` : SCALAR_TYPES[field.type]}${field.isList ? "[]" : ""}`,
          // Prisma Migrate makes a list column (String[]) nullable, whatever the schema says.
          nullable: !field.isRequired || field.isList,
          hasDefault: hasDatabaseDefault(field),
        })),
    );
    const byColumn = (a: { column: string }, b: { column: string }) => a.column.localeCompare(b.column);
    expect(actual.sort(byColumn)).toEqual(expected.sort(byColumn));
  });

  it("have the same primary keys, unique and plain indexes", async () => {
    const { rows } = await client.query<{ table: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ordinality) AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname <> '_prisma_migrations'
        GROUP BY t.relname, i.indexrelid, i.indisunique, i.indisprimary`,
    );
    const describeIndex = (tableName: string, kind: string, columns: string[]) => `${tableName} ${kind} (${columns.join(", ")})`;
    const actual = rows.map((row) => describeIndex(row.table, row.primary ? "id" : row.unique ? "unique" : "normal", row.columns));
    const modelTable = new Map(models.map((model) => [model.name, table(model)]));
    const expected = indexes.map((index) =>
      describeIndex(
        modelTable.get(index.model) ?? index.model,
        index.type,
        index.fields.map((field) => field.name),
      ),
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("have the same foreign keys and delete rules", async () => {
    const { rows } = await client.query<{ from_table: string; from_columns: string[]; to_table: string; to_columns: string[]; on_delete: string }>(
      `SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num) AS from_columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num) AS to_columns,
              c.confdeltype AS on_delete
         FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const rule: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
    const unquote = (name: string) => name.replace(/"/g, "");
    const actual = rows.map(
      (row) =>
        `${unquote(row.from_table)}(${row.from_columns.join(",")}) → ${unquote(row.to_table)}(${row.to_columns.join(",")}) on delete ${rule[row.on_delete]}`,
    );
    const modelTable = new Map(models.map((model) => [model.name, table(model)]));
    const expected = models.flatMap((model) =>
      model.fields
        .filter((field) => field.relationFromFields && field.relationFromFields.length > 0)
        .map((field) => {
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          return `${table(model)}(${field.relationFromFields!.join(",")}) → ${modelTable.get(field.type)}(${field.relationToFields!.join(",")}) on delete ${onDelete}`;
        }),
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("have the same enums and values", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      enums.map((item) => ({ name: item.name, values: item.values.map((value) => value.name) })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});
