import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { TenantSchema, type Tenant } from '../../domain/entities/tenant';
import { getItem, send, type StoreContext } from '../repository-kit';

/** Tenant configuration: by id. Keyed by the tenant id itself. */
export function createTenantsRepository(ctx: StoreContext) {
  return {
    get: (tenantId: string): Promise<Tenant | undefined> => getItem(ctx, 'tenants', TenantSchema, tenantId, { pk: tenantId }),
    async put(tenant: Tenant): Promise<void> {
      await send('put tenants', () => ctx.doc.send(new PutCommand({ TableName: ctx.tables.tenants, Item: { ...tenant, pk: tenant.tenant_id } })));
    },
  };
}

export type TenantsRepository = ReturnType<typeof createTenantsRepository>;
