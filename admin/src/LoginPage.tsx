import LockIcon from '@mui/icons-material/Lock';
import {
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Form,
  LocalesMenuButton,
  PasswordInput,
  required,
  TextInput,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useDocumentLanguage } from './Layout';

/**
 * Sign-in with email and password (react-admin's own form asks for a "username"). The language
 * can be chosen before signing in.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  useDocumentLanguage();

  async function submit(values: Record<string, unknown>) {
    setLoading(true);
    try {
      await login({ email: values.email, password: values.password });
    } catch (error) {
      notify((error as Error)?.message || 'ra.auth.sign_in_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  }

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
      }}
    >
      <Card sx={{ width: 380, maxWidth: '95vw' }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <LockIcon aria-hidden />
            </Avatar>
            <LocalesMenuButton />
          </Box>
          <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
            Tukiverkko
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('tukiverkko.auth.intro')}
          </Typography>
          <Form onSubmit={submit} noValidate>
            <TextInput
              source="email"
              type="email"
              label="ra.auth.email"
              autoComplete="username"
              validate={required()}
              fullWidth
              autoFocus
            />
            <PasswordInput
              source="password"
              label="ra.auth.password"
              autoComplete="current-password"
              validate={required()}
              fullWidth
            />
            <Button
              type="submit"
              variant="contained"
              fullWidth
              disabled={loading}
              sx={{ mt: 1 }}
              data-testid="sign-in"
            >
              {loading ? <CircularProgress size={20} aria-hidden /> : translate('ra.auth.sign_in')}
            </Button>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
