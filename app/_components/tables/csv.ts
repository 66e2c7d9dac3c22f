export * from '@/server/csv/write';
