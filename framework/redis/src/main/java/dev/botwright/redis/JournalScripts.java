package dev.botwright.redis;

/**
 * The Lua scripts behind the queue: each state change of a delivery is one atomic script, so a
 * crash between two commands can never leave a delivery both acknowledged and not rescheduled.
 *
 * <p>Keys: {@code d:<id>} hash (state, attempts, errors, timestamps, body; expires after
 * retention), {@code stream} (one entry per attempt to run, field {@code id}), {@code retry} ZSET
 * (id by due time in ms), {@code state:<STATE>} ZSETs (id by last change, for listing).
 */
final class JournalScripts {

  private JournalScripts() {}

  /** Moves ARGV id into the index KEYS[idx] and out of the other four state indexes. */
  private static final String MOVE_INDEX =
      " for i = 4, 8 do redis.call('ZREM', KEYS[i], id) end"
          + " redis.call('ZADD', KEYS[idx], now, id)"
          + " redis.call('ZREMRANGEBYSCORE', KEYS[idx], '-inf', now - retention)";

  /**
   * Records and queues a delivery, and holds its de-duplication id for the whole window. KEYS:
   * hash, stream, retry, 5 indexes (RECEIVED, RUNNING, DONE, FAILED, DEAD), de-duplication id.
   * ARGV: id, event, action, installation, headers, body, receivedAt ms, retention ms, max backlog,
   * de-duplication window ms, MAC ({@link EntryMac}). Returns 0 when the backlog is full.
   */
  static final String OFFER =
      "local id = ARGV[1] local now = tonumber(ARGV[7]) local retention = tonumber(ARGV[8])"
          + " local idx = 4"
          + " if redis.call('XLEN', KEYS[2]) >= tonumber(ARGV[9]) then return 0 end"
          + " redis.call('HSET', KEYS[1], 'event', ARGV[2], 'action', ARGV[3], 'installation',"
          + " ARGV[4], 'headers', ARGV[5], 'body', ARGV[6], 'receivedAt', ARGV[7], 'updatedAt',"
          + " ARGV[7], 'state', 'RECEIVED', 'attempts', '0', 'errors', '', 'handlers', '',"
          + " 'nextAttemptAt', '', 'mac', ARGV[11])"
          + " redis.call('PEXPIRE', KEYS[1], retention)"
          + MOVE_INDEX
          + " redis.call('XADD', KEYS[2], '*', 'id', id)"
          + " redis.call('SET', KEYS[9], 'RECEIVED', 'PX', ARGV[10])"
          + " return 1";

  /**
   * Starts an attempt. KEYS as {@link #OFFER}. ARGV: id, now ms, retention ms. Returns nil when the
   * delivery is gone or already finished, else [event, action, installation, headers, body,
   * receivedAt, attempts, handlers, mac]; a missing field is an empty string (a hash written by
   * someone else may lack any), so the MAC check sees it rather than a shortened list.
   */
  static final String START =
      "local id = ARGV[1] local now = tonumber(ARGV[2]) local retention = tonumber(ARGV[3])"
          + " local idx = 5"
          + " local state = redis.call('HGET', KEYS[1], 'state')"
          + " if not state or state == 'DONE' or state == 'DEAD' then return nil end"
          + " local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)"
          + " redis.call('HSET', KEYS[1], 'state', 'RUNNING', 'updatedAt', ARGV[2],"
          + " 'nextAttemptAt', '')"
          + " redis.call('PEXPIRE', KEYS[1], retention)"
          + MOVE_INDEX
          + " local f = redis.call('HMGET', KEYS[1], 'event', 'action', 'installation', 'headers',"
          + " 'body', 'receivedAt', 'handlers', 'mac')"
          + " for i = 1, 8 do if not f[i] then f[i] = '' end end"
          + " return {f[1], f[2], f[3], f[4], f[5], f[6], tostring(attempts), f[7], f[8]}";

  /**
   * Ends an attempt and acknowledges its stream entry. KEYS as {@link #OFFER}. ARGV: id, now ms,
   * retention ms, group, entry id, new state, index position (4-8), errors to append (lines),
   * handlers to re-run, next attempt ms (or empty).
   */
  static final String FINISH =
      "local id = ARGV[1] local now = tonumber(ARGV[2]) local retention = tonumber(ARGV[3])"
          + " local idx = tonumber(ARGV[7])"
          + " if redis.call('EXISTS', KEYS[1]) == 1 then"
          + " redis.call('HSET', KEYS[1], 'state', ARGV[6], 'updatedAt', ARGV[2], 'handlers',"
          + " ARGV[9], 'nextAttemptAt', ARGV[10])"
          + " if ARGV[8] ~= '' then"
          + " local e = redis.call('HGET', KEYS[1], 'errors')"
          + " if e and e ~= '' then e = e .. '\\n' .. ARGV[8] else e = ARGV[8] end"
          + " redis.call('HSET', KEYS[1], 'errors', e) end"
          + " redis.call('PEXPIRE', KEYS[1], retention)"
          + MOVE_INDEX
          + " if ARGV[6] == 'FAILED' then redis.call('ZADD', KEYS[3], tonumber(ARGV[10]), id) end"
          + " end"
          + " redis.call('XACK', KEYS[2], ARGV[4], ARGV[5])"
          + " redis.call('XDEL', KEYS[2], ARGV[5])"
          + " return 1";

  /** Queues due retries. KEYS: retry, stream. ARGV: now ms, limit. Returns how many. */
  static final String DUE =
      "local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])"
          + " for _, id in ipairs(ids) do"
          + " redis.call('ZREM', KEYS[1], id)"
          + " redis.call('XADD', KEYS[2], '*', 'id', id) end"
          + " return #ids";

  /**
   * Queues a delivery again with fresh attempts. KEYS as {@link #OFFER}. ARGV: id, now ms,
   * retention ms. Returns NOT_FOUND, ALREADY_PENDING or QUEUED.
   */
  static final String REPLAY =
      "local id = ARGV[1] local now = tonumber(ARGV[2]) local retention = tonumber(ARGV[3])"
          + " local idx = 4"
          + " local state = redis.call('HGET', KEYS[1], 'state')"
          + " if not state then return 'NOT_FOUND' end"
          + " if state == 'RECEIVED' or state == 'RUNNING' then return 'ALREADY_PENDING' end"
          + " redis.call('ZREM', KEYS[3], id)"
          + " redis.call('HSET', KEYS[1], 'state', 'RECEIVED', 'attempts', '0', 'handlers', '',"
          + " 'nextAttemptAt', '', 'updatedAt', ARGV[2])"
          + " redis.call('PEXPIRE', KEYS[1], retention)"
          + MOVE_INDEX
          + " redis.call('XADD', KEYS[2], '*', 'id', id)"
          + " return 'QUEUED'";

  /** Renews an ordering lock held by ARGV[1]. */
  static final String RENEW =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

  /** Releases a lock held by ARGV[1]. */
  static final String RELEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('DEL', KEYS[1]) else return 0 end";
}
