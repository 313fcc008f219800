import Testing

extension Trait where Self == TimeLimitTrait {
    /// A time limit that only stops a test that hangs.
    ///
    /// A test's time counts from its start, and every test of a run starts at once and shares the machine's two
    /// cores: a test whose own work takes milliseconds waited for a thread for up to 75 seconds in a full run on
    /// PostgreSQL and SQLite. A limit shorter than the whole run fails such a test for no fault of its own, so this
    /// one outlasts a whole run on a slow machine, and still ends a hung run well within CI's time.
    public static var hangLimit: Self { .timeLimit(.minutes(10)) }
}
