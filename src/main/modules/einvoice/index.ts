import { defineModule } from '../../api/core/module';
import { billingKey } from '../billing';
import { clinicKey } from '../clinic';
import { usersKey } from '../users';
import { EinvoiceDocuments } from './einvoice-documents';
import { CLIENT_SECRET_ACCOUNT, EinvoiceSubmissions } from './einvoice-submissions';
import { EinvoiceDocumentEntity, EinvoiceDocumentInvoiceEntity } from './entities';
import { einvoiceKey } from './key';
import { MYINVOIS_HOSTS, MyInvoisClient } from './myinvois-client';
import { einvoiceRouter } from './router';
import { einvoiceSettings } from './settings';

export { einvoiceKey, type EinvoiceServices } from './key';

/** LHDN MyInvois e-invoices: the month's consolidated one and individual ones, built from issued invoices and sent when the clinic turns submission on. */
export const einvoiceModule = defineModule({
  key: einvoiceKey,
  needs: { billing: billingKey, clinic: clinicKey, users: usersKey },
  entities: [EinvoiceDocumentEntity, EinvoiceDocumentInvoiceEntity],
  build: ({ billing, clinic, users }, platform) => {
    const secretStored = async () => (await platform.secrets.get(CLIENT_SECRET_ACCOUNT)) !== null;
    const documents = new EinvoiceDocuments(billing.invoices, clinic.clinic, platform.settings, users.users, secretStored);
    const submissions = new EinvoiceSubmissions(documents, platform.secrets, (settings, clientSecret) => new MyInvoisClient({ hosts: MYINVOIS_HOSTS[settings.environment], clientId: settings.clientId, clientSecret }));
    return { documents, submissions };
  },
  routes: { einvoice: einvoiceRouter },
  settings: { einvoice: einvoiceSettings },
});
