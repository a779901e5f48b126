import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { downloadText } from '../../components/download-text';
import { notify } from '../../components/notices';

/** Downloads every deadline as one calendar file; importing a newer file updates the same events. */
export function DeadlinesCalendarButton() {
  const api = useApi();
  const calendar = useMutation({
    mutationFn: () => api.exportDeadlinesCalendar(),
    onSuccess: (made) => {
      if (made === null) {
        notify('You have no deadlines yet: add training with an expiry, or a target date to a goal or registration.', 'info');
        return;
      }
      downloadText(made.text, made.fileName);
      notify(`Saved ${made.count} ${made.count === 1 ? 'deadline' : 'deadlines'} as a calendar file. Open it with your calendar app to add them.`);
    },
  });
  return (
    <>
      <Button className="button" isDisabled={calendar.isPending} onPress={() => calendar.mutate()}>
        Add deadlines to my calendar
      </Button>
      {calendar.isError && <p role="alert">Could not make the calendar file: {calendar.error.message}</p>}
    </>
  );
}
