import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../api/api-context';
import { RecordForm } from './RecordForm';
import { todayIso } from '../../format/today';

/** /cpd/new logs an activity; /cpd/:id opens one to edit or delete. */
export function RecordEditorScreen() {
  const { id } = useParams<{ id?: string }>();
  const api = useApi();
  const record = useQuery({ queryKey: ['cpd', id], queryFn: () => api.getCpd(id ?? ''), enabled: id !== undefined });

  if (id === undefined) return <RecordForm key="new" today={todayIso()} />;
  return (
    <DataState
      query={record}
      what="this record"
      empty={null}
    >
      {record.data ? <RecordForm key={record.data.id} record={record.data} today={todayIso()} /> : <PageHeader title="CPD record" />}
    </DataState>
  );
}
