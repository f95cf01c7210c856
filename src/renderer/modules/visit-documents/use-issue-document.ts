import { useQueryClient } from '@tanstack/react-query';
import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { requestPdf } from '../../components/show-pdf';

type Handlers = { onSuccess: (pdf: IssuedVisitDocument) => void; onError: () => void };

/**
 * One of the visit's documents issued from its dialog: the hub's refusal on the form's fields,
 * and on success the PDF opened (or downloaded), the visit's list refreshed, the dialog closed
 * and the caller told. `frame` goes to DocumentDialog as it is.
 */
export function useIssueDocument<I>(options: {
  visitId: string;
  mutation: { mutate: (input: I, handlers: Handlers) => void; isPending: boolean; error: unknown };
  limits: Record<string, number>;
  onIssued: (document: IssuedVisitDocument) => void;
  onClose: () => void;
}) {
  const { visitId, mutation, limits, onIssued, onClose } = options;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useFormErrors({ error: mutation.error, limits });
  const issue = (input: I): void =>
    requestPdf(mutation.mutate, input, (document) => {
      void queryClient.invalidateQueries({ queryKey: trpc.documents.forVisit.queryKey({ visitId }) });
      onIssued(document);
      onClose();
    });
  return { form, issue, frame: { pending: mutation.isPending, error: mutation.error, onClose, formRef: form.ref } };
}
