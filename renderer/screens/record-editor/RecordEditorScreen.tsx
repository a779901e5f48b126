import { useParams } from 'wouter';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../api/queries';
import { RecordForm } from './RecordForm';
import { localToday } from '../../../core/format/today';

/** /cpd/new logs an activity; /cpd/:id opens one to edit or delete. */
export function RecordEditorScreen() {
  const { id } = useParams<{ id?: string }>();
  const record = useApiQuery('getCpd', [id ?? ''], { enabled: id !== undefined });

  if (id === undefined) return <RecordForm key="new" today={localToday(new Date())} />;
  return (
    <DataState
      query={record}
      what="this record"
      empty={null}
    >
      {record.data ? <RecordForm key={record.data.id} record={record.data} today={localToday(new Date())} /> : <PageHeader title="CPD record" />}
    </DataState>
  );
}
