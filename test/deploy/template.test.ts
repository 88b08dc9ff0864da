import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName, type FunctionSpec } from '../../src/handlers/access';
import { BUNDLED_PROMPTS } from '../../src/handlers/bundled-prompts';
import { parsePrompt } from '../../src/agent/prompts';
import { LOGICAL_TABLES, templateResourceId, type LogicalTable } from '../../src/store/tables';
import { ESBUILD_OPTIONS } from '../../scripts/build';
import { ROOT, loadTemplate, subVariables, walk, type Resource } from './support/template';

const template = loadTemplate();
const resources = template.Resources;
const PSEUDO = new Set(['AWS::AccountId', 'AWS::NoValue', 'AWS::NotificationARNs', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);
/** SAM resource types and the CloudFormation type whose attributes `!GetAtt` reaches. */
const SAM_ATTRIBUTES_OF: Record<string, string> = { 'AWS::Serverless::Function': 'AWS::Lambda::Function' };
/** Properties the spec's SAM part does not know yet (LOCAL-AWS-FACTS.md: it lags slightly). */
const SAM_PROPERTY_ALLOW_LIST = new Set(['LoggingConfig', 'RecursiveLoop', 'SnapStart', 'RuntimeManagementConfig']);
const REQUIRED_ROUTES = ['$connect', '$disconnect', '$default', 'hello', 'sendMessage', 'ping'];

type Spec = { properties: Record<string, { required?: boolean }>; attributes?: Record<string, unknown> };
let specOf: (type: string) => Spec | undefined;

beforeAll(async () => {
  const db = await loadAwsServiceSpec();
  specOf = (type) => {
    const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
    return found.length === 1 ? (found.only() as unknown as Spec) : undefined;
  };
});

const byType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const functions = () => byType('AWS::Serverless::Function') as [FunctionName, Resource][];

describe('template.yaml against the CloudFormation resource specification', () => {
  it('uses only resource types the specification knows', () => {
    const unknown = Object.entries(resources).filter(([, r]) => !specOf(r.Type)).map(([id, r]) => `${id}: ${r.Type}`);
    expect(unknown).toEqual([]);
  });

  it('uses only property names each type knows, and sets every required one', () => {
    const problems: string[] = [];
    for (const [id, r] of Object.entries(resources)) {
      const spec = specOf(r.Type)!;
      const props = r.Properties ?? {};
      for (const p of Object.keys(props)) if (!(p in spec.properties) && !SAM_PROPERTY_ALLOW_LIST.has(p)) problems.push(`${id}: unknown property ${p}`);
      for (const [p, def] of Object.entries(spec.properties)) if (def.required && !(p in props)) problems.push(`${id}: missing required ${p}`);
    }
    const fn = specOf('AWS::Serverless::Function')!;
    for (const p of Object.keys(template.Globals?.Function ?? {})) if (!(p in fn.properties)) problems.push(`Globals.Function: unknown property ${p}`);
    expect(problems).toEqual([]);
  });

  it('points every Ref, GetAtt, Sub and If at something that exists', () => {
    const problems: string[] = [];
    const names = new Set([...Object.keys(template.Parameters), ...Object.keys(resources)]);
    const checkAttr = (resource: string, attr: string) => {
      const r = resources[resource];
      if (!r) return problems.push(`GetAtt ${resource}.${attr}: no such resource`);
      const attrs = specOf(SAM_ATTRIBUTES_OF[r.Type] ?? r.Type)?.attributes ?? {};
      if (!(attr in attrs)) problems.push(`GetAtt ${resource}.${attr}: ${r.Type} has no attribute ${attr}`);
    };
    walk({ Resources: resources, Outputs: template.Outputs, Globals: template.Globals }, (node) => {
      if (typeof node.Ref === 'string' && !names.has(node.Ref) && !PSEUDO.has(node.Ref)) problems.push(`Ref ${node.Ref}`);
      const getAtt = node['Fn::GetAtt'];
      if (getAtt) {
        const [res, attr] = Array.isArray(getAtt) ? getAtt : String(getAtt).split('.');
        checkAttr(String(res), String(attr));
      }
      const sub = node['Fn::Sub'];
      if (sub !== undefined) {
        const [text, vars] = Array.isArray(sub) ? [String(sub[0]), (sub[1] ?? {}) as Record<string, unknown>] : [String(sub), {}];
        for (const v of subVariables(text)) {
          if (v in vars || PSEUDO.has(v) || names.has(v)) continue;
          const [res, ...attr] = v.split('.');
          if (attr.length) checkAttr(res!, attr.join('.'));
          else problems.push(`Sub \${${v}}`);
        }
      }
      const cond = node['Fn::If'];
      if (Array.isArray(cond) && !(String(cond[0]) in (template.Conditions ?? {}))) problems.push(`If ${String(cond[0])}`);
    });
    for (const [id, r] of Object.entries(resources)) {
      for (const dep of [r.DependsOn ?? []].flat()) if (!resources[dep]) problems.push(`${id} DependsOn ${dep}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('template.yaml against the code', () => {
  it('deploys exactly the functions of src/handlers/access.ts, on Node 24 arm64, bundled for that runtime', () => {
    expect(functions().map(([id]) => id).sort()).toEqual([...FUNCTION_NAMES].sort());
    expect(template.Globals?.Function).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    for (const [, r] of functions()) expect(r.Properties?.Runtime ?? 'nodejs24.x').toBe('nodejs24.x');
    // esbuild lowers syntax to its target: the bundles target exactly the runtime they deploy on.
    expect(ESBUILD_OPTIONS.target).toBe('node24');
  });

  it.each(FUNCTION_NAMES)('%s: its handler file exists and exports handler', async (name) => {
    const spec = FUNCTIONS[name];
    const r = resources[name]!;
    expect(r.Properties?.Handler).toBe(`${spec.entry}.handler`);
    const file = join(ROOT, 'src/handlers', `${spec.entry}.ts`);
    expect(existsSync(file)).toBe(true);
    const mod = (await import(pathToFileURL(file).href)) as { handler?: unknown };
    expect(typeof mod.handler).toBe('function');
  });

  it.each(FUNCTION_NAMES)('%s: is built by SAM through its Makefile target, which runs scripts/build.ts for it', (name) => {
    const r = resources[name]!;
    expect(r.Metadata?.BuildMethod).toBe('makefile');
    // SAM runs `make build-<LogicalId>` in a copy of CodeUri with ARTIFACTS_DIR set; the Makefile sits there.
    expect(r.Properties?.CodeUri).toBe('./');
    const { stdout } = spawnSync('make', ['--dry-run', `build-${name}`], { cwd: ROOT, env: { ...process.env, ARTIFACTS_DIR: '/sam/artifacts dir' }, encoding: 'utf8' });
    expect(stdout.trim()).toBe(`./node_modules/.bin/tsx scripts/build.ts --function ${name} --outdir "/sam/artifacts dir"`);
    const group = Object.values(resources).find((x) => x.Type === 'AWS::Logs::LogGroup' && JSON.stringify(x.Properties?.LogGroupName) === JSON.stringify({ 'Fn::Sub': `/aws/lambda/\${${name}}` }));
    expect(group?.Properties?.RetentionInDays, 'a log group with the retention parameter').toEqual({ Ref: 'LogRetentionDays' });
  });

  it('has a WebSocket API routed by action, with every route of the protocol', () => {
    const apis = byType('AWS::ApiGatewayV2::Api');
    expect(apis).toHaveLength(1);
    const [apiId, api] = apis[0]!;
    expect(api.Properties).toMatchObject({ ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' });
    const keys = byType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties!.RouteKey as string);
    expect(keys.sort()).toEqual([...REQUIRED_ROUTES].sort());
    for (const [, r] of byType('AWS::ApiGatewayV2::Route')) expect(r.Properties!.ApiId).toEqual({ Ref: apiId });
    const stages = byType('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    expect(stages[0]![1].Properties).toMatchObject({ StageName: { Ref: 'Stage' }, DeploymentId: { Ref: byType('AWS::ApiGatewayV2::Deployment')[0]![0] } });
    const deployment = byType('AWS::ApiGatewayV2::Deployment')[0]![1];
    expect([deployment.DependsOn].flat().sort(), 'the deployment waits for every route').toEqual(byType('AWS::ApiGatewayV2::Route').map(([id]) => id).sort());
  });

  it('sends every route to the function that serves it, which API Gateway may invoke', () => {
    const served: Record<string, string> = {};
    for (const [, route] of byType('AWS::ApiGatewayV2::Route')) {
      const integrationId = /^integrations\/\$\{(\w+)\}$/.exec(route.Properties!.Target['Fn::Sub'])?.[1];
      const integration = resources[integrationId ?? '']!;
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY' });
      const fn = /\$\{(\w+)\.Arn\}/.exec(integration.Properties!.IntegrationUri['Fn::Sub'])![1]!;
      served[route.Properties!.RouteKey] = fn;
      const permission = byType('AWS::Lambda::Permission').find(([, p]) => p.Properties!.FunctionName?.Ref === fn);
      expect(permission?.[1].Properties, `${fn} may be invoked by API Gateway`).toMatchObject({ Principal: 'apigateway.amazonaws.com', Action: 'lambda:InvokeFunction' });
    }
    const declared = Object.fromEntries(FUNCTION_NAMES.flatMap((name) => (FUNCTIONS[name] as FunctionSpec).routes.map((r) => [r, name])));
    expect(served).toEqual(declared);
  });

  it('runs the sweep function, and only it, on an EventBridge schedule; the relays on their HTTP API routes and their stream', () => {
    for (const [id, r] of functions()) {
      const spec = FUNCTIONS[id] as FunctionSpec;
      const events = Object.values((r.Properties?.Events ?? {}) as Record<string, { Type: string; Properties: Record<string, any> }>);
      if (spec.scheduled) expect(events).toEqual([expect.objectContaining({ Type: 'Schedule', Properties: expect.objectContaining({ Schedule: { Ref: 'SweepSchedule' } }) })]);
      else if (spec.httpRoutes) {
        expect(events.every((e) => e.Type === 'HttpApi' && e.Properties.ApiId?.Ref === 'HttpApi'), `${id}: HTTP API events only`).toBe(true);
        expect(events.map((e) => `${e.Properties.Method} ${e.Properties.Path}`).sort()).toEqual([...spec.httpRoutes].sort());
      } else if (spec.stream) {
        // One stream, retried, with its failures parked in a dead-letter queue.
        expect(events).toEqual([expect.objectContaining({ Type: 'DynamoDB' })]);
        const p = events[0]!.Properties;
        expect(p.Stream).toEqual({ 'Fn::GetAtt': [templateResourceId(spec.stream), 'StreamArn'] });
        expect(p.DestinationConfig?.OnFailure?.Type).toBe('SQS');
        expect(resources[p.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0]]?.Type).toBe('AWS::SQS::Queue');
        expect(p.MaximumRetryAttempts).toBeGreaterThan(0);
      } else expect(events).toEqual([]);
    }
    expect(resources.SweepFunction!.Properties!.Environment.Variables).toMatchObject({ DORMANCY_DAYS: { Ref: 'DormancyDays' } });
  });

  it('gives each function exactly the access src/handlers/access.ts declares, nothing wider', () => {
    for (const [id, r] of functions()) {
      const spec = FUNCTIONS[id] as FunctionSpec;
      const tables: Record<string, { actions: string[]; indexes?: true }> = {};
      let manage = false;
      let invoke = false;
      let parameters = false;
      let stream = false;
      const statements: any[] = r.Properties!.Policies.flatMap((p: any) => p.Statement);
      for (const raw of statements) {
        // A conditional statement (`!If [UseBedrock, statement, !Ref AWS::NoValue]`) counts when granted.
        const s = raw['Fn::If'] ? raw['Fn::If'][1] : raw;
        expect(s.Effect).toBe('Allow');
        const actions: string[] = s.Action;
        const resourcesOf: any[] = s.Resource;
        expect(actions.every((a) => !a.includes('*')), `${id}: no wildcard actions`).toBe(true);
        if (actions[0]!.startsWith('dynamodb:') && !actions[0]!.match(/Stream|GetRecords|GetShardIterator/)) {
          const tableIds = resourcesOf.map((x) => x['Fn::GetAtt']?.[0] ?? /^\$\{(\w+)\.Arn\}\/index\/\*$/.exec(x['Fn::Sub'])?.[1]);
          const table = LOGICAL_TABLES.find((t) => templateResourceId(t) === tableIds[0])!;
          expect(table, `${id}: ${JSON.stringify(resourcesOf)}`).toBeDefined();
          expect(new Set(tableIds), `${id}: one table per statement`).toEqual(new Set([templateResourceId(table)]));
          tables[table] = { actions: actions.map((a) => a.replace('dynamodb:', '')).sort(), ...(resourcesOf.some((x) => x['Fn::Sub']) ? { indexes: true as const } : {}) };
        } else if (actions.join() === 'execute-api:ManageConnections') {
          manage = true;
          expect(resourcesOf).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${WebSocketApi}/${Stage}/POST/@connections/*' }]);
        } else if (actions.join() === 'ssm:GetParameter') {
          expect(spec.parameters, `${id}: reads Parameter Store`).toBe(true);
          expect(resourcesOf).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${AWS::StackName}/relays/*' }]);
          parameters = true;
        } else if (actions.every((a) => ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'].includes(a))) {
          expect(resourcesOf).toEqual([{ 'Fn::GetAtt': [templateResourceId(spec.stream!), 'StreamArn'] }]);
          stream = true;
        } else if (actions.join() === 'sqs:SendMessage') {
          expect(spec.stream, `${id}: a dead-letter queue only for a stream function`).toBeDefined();
          expect(resources[resourcesOf[0]['Fn::GetAtt'][0]]?.Type).toBe('AWS::SQS::Queue');
        } else if (actions.join() === 'bedrock:InvokeModel') {
          invoke = true;
          expect(raw['Fn::If']?.[0], 'granted only when a model is configured').toBe('UseBedrock');
          expect(resourcesOf).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/${BedrockModelId}' }]);
        } else throw new Error(`${id}: unexpected statement ${JSON.stringify(s)}`);
      }
      const declared = Object.fromEntries(
        Object.entries(spec.tables).map(([t, a]) => [t, { actions: [...a.actions].sort(), ...(a.indexes ? { indexes: true as const } : {}) }]),
      );
      expect(tables, id).toEqual(declared);
      expect(manage, `${id} ManageConnections`).toBe(spec.manageConnections);
      expect(invoke, `${id} InvokeModel`).toBe(spec.invokeModel);
      expect(parameters, `${id} Parameter Store`).toBe(Boolean(spec.parameters));
      expect(stream, `${id} stream`).toBe(Boolean(spec.stream));
    }
  });

  it('names every table through the stack (TABLE_PREFIX) and only tables it declares', () => {
    expect(template.Globals?.Function?.Environment?.Variables?.TABLE_PREFIX).toEqual({ Ref: 'AWS::StackName' });
    for (const name of FUNCTION_NAMES) for (const t of Object.keys(FUNCTIONS[name].tables)) expect(LOGICAL_TABLES).toContain(t as LogicalTable);
  });

  it('takes the parameters operators set and outputs the wss URL', () => {
    expect(Object.keys(template.Parameters)).toEqual(expect.arrayContaining(['Stage', 'BedrockModelId', 'AllowedOrigins', 'LogRetentionDays', 'TenantId', 'DormancyDays', 'SweepSchedule']));
    expect(template.Outputs?.WebSocketUrl?.Value).toEqual({ 'Fn::Sub': 'wss://${WebSocketApi}.execute-api.${AWS::Region}.amazonaws.com/${Stage}' });
    expect(resources.WsConnectFunction!.Properties!.Environment.Variables).toEqual({ BOOTSTRAP_TENANT_ID: { Ref: 'TenantId' }, ALLOWED_ORIGINS: { Ref: 'AllowedOrigins' } });
    expect(resources.WsMessageFunction!.Properties!.Environment.Variables.MODEL_PROVIDER).toEqual({ 'Fn::If': ['UseBedrock', 'bedrock', 'local'] });
  });

  it('inlines every prompt of prompts/ into the bundles', () => {
    const files = readdirSync(join(ROOT, 'prompts')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(BUNDLED_PROMPTS.map((s) => parsePrompt(s).id).sort()).toEqual(files.sort());
  });
});
