import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { yamlParse } from 'yaml-cfn';
import { LOGICAL_TABLES, TABLES, keyAttributes, templateResourceId, type TableDefinition } from '../../src/store/tables';

type KeyElem = { AttributeName: string; KeyType: 'HASH' | 'RANGE' };
interface TableProps {
  TableName: unknown;
  BillingMode?: string;
  AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
  KeySchema: KeyElem[];
  GlobalSecondaryIndexes?: { IndexName: string; KeySchema: KeyElem[]; Projection: { ProjectionType: string } }[];
  TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
  PointInTimeRecoverySpecification?: { PointInTimeRecoveryEnabled: boolean };
}
interface Resource {
  Type: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties: TableProps;
}

const template = yamlParse(readFileSync(join(import.meta.dirname, '../../template.yaml'), 'utf8')) as {
  Transform: string;
  Parameters: Record<string, unknown>;
  Resources: Record<string, Resource>;
};

const keySchema = (pk: string, sk?: string): KeyElem[] => [
  { AttributeName: pk, KeyType: 'HASH' },
  ...(sk ? [{ AttributeName: sk, KeyType: 'RANGE' as const }] : []),
];

describe('template.yaml declares the tables of src/store/tables.ts', () => {
  it('is a SAM template with a Stage parameter', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(template.Parameters).toHaveProperty('Stage');
  });

  it('declares exactly these DynamoDB tables, no more', () => {
    const declared = Object.entries(template.Resources)
      .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table')
      .map(([id]) => id)
      .sort();
    expect(declared).toEqual(LOGICAL_TABLES.map(templateResourceId).sort());
  });

  describe.each(LOGICAL_TABLES)('%s', (table) => {
    const def: TableDefinition = TABLES[table];
    const resource = template.Resources[templateResourceId(table)]!;
    const props = resource.Properties;

    it('is named after the stack and billed on demand', () => {
      expect(props.TableName).toEqual({ 'Fn::Sub': `\${AWS::StackName}-${table}` });
      expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    });

    it('has the same keys and attribute definitions', () => {
      expect(props.KeySchema).toEqual(keySchema(def.partitionKey, def.sortKey));
      const defined = props.AttributeDefinitions.map((a) => a.AttributeName).sort();
      expect(defined).toEqual([...new Set(keyAttributes(def))].sort());
      expect(props.AttributeDefinitions.every((a) => a.AttributeType === 'S')).toBe(true);
    });

    it('has the same secondary indexes, projecting all attributes', () => {
      const gsis = props.GlobalSecondaryIndexes ?? [];
      expect(gsis.map((g) => g.IndexName)).toEqual(def.indexes.map((i) => i.name));
      for (const i of def.indexes) {
        const g = gsis.find((x) => x.IndexName === i.name)!;
        expect(g.KeySchema).toEqual(keySchema(i.partitionKey, i.sortKey));
        expect(g.Projection.ProjectionType).toBe('ALL');
      }
    });

    it('has the same TTL attribute', () => {
      if (def.ttlAttribute) expect(props.TimeToLiveSpecification).toEqual({ AttributeName: def.ttlAttribute, Enabled: true });
      else expect(props.TimeToLiveSpecification).toBeUndefined();
    });

    it('has point-in-time recovery, and is retained when it holds business records', () => {
      expect(props.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled).toBe(true);
      const policy = def.retain ? 'Retain' : undefined;
      expect(resource.DeletionPolicy).toBe(policy);
      expect(resource.UpdateReplacePolicy).toBe(policy);
    });
  });

  it('uses only properties that CloudFormation knows for AWS::DynamoDB::Table', async () => {
    const db = await loadAwsServiceSpec();
    const spec = db.lookup('resource', 'cloudFormationType', 'equals', 'AWS::DynamoDB::Table').only();
    const known = new Set(Object.keys(spec.properties));
    for (const table of LOGICAL_TABLES) {
      const props = Object.keys(template.Resources[templateResourceId(table)]!.Properties);
      expect(props.filter((p) => !known.has(p)), table).toEqual([]);
    }
  });
});
