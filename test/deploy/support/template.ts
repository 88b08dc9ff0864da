import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlParse } from 'yaml-cfn';

/** One resource of template.yaml, as yaml-cfn parses it (intrinsic tags become `{ Ref }`, `{ 'Fn::Sub' }`...). */
export interface Resource {
  Type: string;
  Properties?: Record<string, any>;
  Metadata?: Record<string, any>;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Condition?: string;
}

export interface Template {
  Transform?: string;
  Parameters: Record<string, { Type: string; Default?: unknown; Description?: string }>;
  Conditions?: Record<string, unknown>;
  Globals?: { Function?: Record<string, any> };
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown; Description?: string }>;
}

export const ROOT = join(import.meta.dirname, '../../..');

/** template.yaml parsed with its CloudFormation tags. */
export function loadTemplate(): Template {
  return yamlParse(readFileSync(join(ROOT, 'template.yaml'), 'utf8')) as Template;
}

/** The flags template.yaml gives every function (`NODE_OPTIONS`), to pass on a `node` command line. */
export function templateNodeOptions(): string[] {
  const options = (loadTemplate().Globals?.Function?.Environment?.Variables?.NODE_OPTIONS as string | undefined) ?? '';
  return options.split(/\s+/).filter(Boolean);
}

/** Every `${Name}` / `${Name.Attr}` a `Fn::Sub` string names (`${!Literal}` escapes excluded). */
export function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{(?!!)([^}]+)\}/g)].map((m) => m[1]!.trim());
}

/** Visits every node of a JSON-like value. */
export function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const v of Object.values(value)) walk(v, visit);
  }
}
