import { Box, Button, Drawer, IconButton, Link, List, ListItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { helpScreen, helpTopic } from '../../../shared/help/help-topics';
import type { HelpLanguage } from '../../../shared/help/help-topic';
import { ASSISTANT_QUESTION_MAX, ASSISTANT_SCREEN_TEXT_MAX, type AssistantAskInput, type AssistantReply } from '../../../shared/schemas/ai-assistant';
import { useTRPCClient } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { DraftNotice } from '../ai/draft-notice';

const PANEL_WIDTH = 400;

/** The help icon in the app bar, on every screen, and the assistant's drawer it opens. */
export function AssistantButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('assistant.open')}>
        <IconButton color="inherit" onClick={() => setOpen(true)} aria-label={t('assistant.open')} data-testid="assistant-open">
          <HelpOutlineIcon />
        </IconButton>
      </Tooltip>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { sx: { width: PANEL_WIDTH, p: 2 }, 'data-testid': 'assistant-panel' } as object }}>
        {open && <AssistantPanel onClose={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}

function AssistantPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useTRPCClient();
  const location = useLocation();
  const [question, setQuestion] = useState('');
  const language: HelpLanguage = i18n.language === 'ms' ? 'ms' : 'en';
  // Asked once per press, not as the question is typed: a query read on demand, held like a mutation's answer.
  const ask = useMutation({ mutationFn: (input: AssistantAskInput) => client.ai.assistant.ask.query(input) });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (question.trim()) ask.mutate({ question, route: location.pathname, language });
  };
  const summarise = (): void => {
    const main = document.querySelector('main');
    const screenText = (main instanceof HTMLElement ? main.innerText : '').slice(0, ASSISTANT_SCREEN_TEXT_MAX);
    ask.mutate({ question: t('assistant.summariseQuestion'), route: location.pathname, screenText, language });
  };
  return (
    <Stack spacing={2} component="form" onSubmit={submit}>
      <Typography variant="h6" component="h2">
        {t('assistant.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('assistant.hint')}
      </Typography>
      <TextField label={t('assistant.question')} value={question} onChange={(event) => setQuestion(event.target.value)} autoFocus slotProps={{ htmlInput: { maxLength: ASSISTANT_QUESTION_MAX, 'data-testid': 'assistant-question' } }} />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={ask.isPending || !question.trim()} data-testid="assistant-ask">
          {t('assistant.ask')}
        </Button>
        <Button variant="outlined" disabled={ask.isPending} onClick={summarise} data-testid="assistant-summarise">
          {t('assistant.summarise')}
        </Button>
      </Stack>
      <ErrorAlert error={ask.error} />
      {ask.data && (
        <Stack spacing={2} data-testid="assistant-answer" data-kind={ask.data.content.kind}>
          <DraftNotice draft={ask.data} />
          <ReplyView reply={ask.data.content} onFollow={onClose} />
        </Stack>
      )}
      <Box>
        <Button onClick={onClose}>{t('assistant.close')}</Button>
      </Box>
    </Stack>
  );
}

function TopicLinks({ ids, language, onFollow, testId }: { ids: string[]; language: HelpLanguage; onFollow: () => void; testId: string }) {
  // In the reply's language, which a Malay question on an English screen makes Malay.
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  return (
    <List dense disablePadding>
      {ids.flatMap((id) => {
        const topic = helpTopic(id);
        if (!topic) return [];
        const screen = helpScreen(topic.route)?.title[language] ?? topic.route;
        return [
          <ListItem key={id} disableGutters>
            <Link component={RouterLink} to={topic.route} onClick={onFollow} data-testid={`${testId}-${id}`}>
              {topic.title[language]} — {t('assistant.openScreen', { screen })}
            </Link>
          </ListItem>,
        ];
      })}
    </List>
  );
}

/** The reply's words in the language it was written in, its steps, and links to the screens of its topics. */
function ReplyView({ reply, onFollow }: { reply: AssistantReply; onFollow: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      <Typography data-testid="assistant-text">{reply.text}</Typography>
      {reply.steps.length > 0 && (
        <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="assistant-steps">
          {reply.steps.map((step, index) => (
            <Typography component="li" variant="body2" key={index}>
              {step}
            </Typography>
          ))}
        </Box>
      )}
      <TopicLinks ids={reply.topicIds} language={reply.language} onFollow={onFollow} testId="assistant-topic" />
      {reply.suggestions.length > 0 && (
        <>
          <Typography variant="subtitle2">{reply.kind === 'unknown' ? t('assistant.tryThese') : t('assistant.related')}</Typography>
          <TopicLinks ids={reply.suggestions} language={reply.language} onFollow={onFollow} testId="assistant-suggestion" />
        </>
      )}
    </Stack>
  );
}
