import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { requestContext } from '../../common/request-context';
import { FlushAudit } from './flush-audit';

/**
 * Writes the audit trail: every flush that changes records during a request also inserts one
 * AuditEvent per changed record, in the same flush and so in the same transaction. A write that
 * fails or is rolled back leaves no event; an event cannot exist without its write.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const request = requestContext.getStore();
    // Writes outside a request (the seeders, scripts such as user:create, migrations) are not
    // recorded: seeding alone would add hundreds of actor-less "created" events at every fresh
    // start. Inside a request an anonymous actor is recorded as null.
    if (!request) return;
    const events = await new FlushAudit(em, uow).events(request.user);
    // The documented way to add entities in onFlush: change sets computed by hand.
    for (const event of events) uow.computeChangeSet(event);
  }
}
