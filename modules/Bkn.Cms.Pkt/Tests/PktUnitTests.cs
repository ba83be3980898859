using Bkn.Cms.Pkt.Services;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Tests.Modules.Pkt;

/// <summary>Who is called next: appointments in their slot, priority with the fairness rule, then the longest wait.</summary>
public sealed class PktQueueOrderTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 3, 0, 0, DateTimeKind.Utc);

    private static PktCandidate Regular(long id, int minutesAgo) => new(id, false, Now.AddMinutes(-minutesAgo), null);

    private static PktCandidate Priority(long id, int minutesAgo) => new(id, true, Now.AddMinutes(-minutesAgo), null);

    [Fact]
    public void A_priority_visitor_goes_first_but_then_waits_for_N_regular_calls()
    {
        var waiting = new List<PktCandidate> { Regular(1, 50), Regular(2, 40), Regular(3, 30), Regular(4, 20), Priority(10, 10), Priority(11, 5) };
        var called = new List<PktCandidate>();
        var recent = new List<bool>();
        while (waiting.Count > 0)
        {
            var next = PktQueueOrder.Next(waiting, recent, 2, Now)!;
            called.Add(next);
            waiting.Remove(next);
            recent.Insert(0, next.Priority);
        }

        // N = 2: P R R P R R (the second priority visitor waits for two regular calls).
        Assert.Equal([10L, 1, 2, 11, 3, 4], called.Select(c => c.Id));
    }

    [Fact]
    public void With_only_priority_visitors_waiting_they_are_called_regardless_of_the_rule()
    {
        var next = PktQueueOrder.Next([Priority(10, 10), Priority(11, 5)], [true], 3, Now);

        Assert.Equal(10, next!.Id);
    }

    [Fact]
    public void A_checked_in_appointment_is_called_in_its_slot_before_everyone_else_but_not_before_it()
    {
        var booked = new PktCandidate(20, false, Now.AddMinutes(-2), Now.AddMinutes(10));
        var waiting = new List<PktCandidate> { Regular(1, 60), Priority(10, 30), booked };

        Assert.Equal(10, PktQueueOrder.Next(waiting, [], 3, Now)!.Id);
        Assert.Equal(20, PktQueueOrder.Next(waiting, [], 3, Now.AddMinutes(10))!.Id);
        Assert.Equal(20, PktQueueOrder.Next([booked], [], 3, Now)!.Id);
        Assert.Null(PktQueueOrder.Next([], [], 3, Now));
    }

    [Fact]
    public void A_skipped_visitor_moves_behind_those_who_came_later()
    {
        var skipped = new PktCandidate(1, false, Now, null);

        Assert.Equal(2, PktQueueOrder.Next([skipped, Regular(2, 5)], [], 3, Now)!.Id);
    }
}

/// <summary>The voice call-out and the Indonesian number words.</summary>
public sealed class PktSpeechTests
{
    [Theory]
    [InlineData(0, "nol")]
    [InlineData(1, "satu")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(45, "empat puluh lima")]
    [InlineData(100, "seratus")]
    [InlineData(111, "seratus sebelas")]
    [InlineData(999, "sembilan ratus sembilan puluh sembilan")]
    [InlineData(1000, "seribu")]
    [InlineData(2017, "dua ribu tujuh belas")]
    [InlineData(30245, "tiga puluh ribu dua ratus empat puluh lima")]
    [InlineData(1000000, "satu juta")]
    public void Numbers_are_spelled_in_Indonesian(long number, string words) => Assert.Equal(words, PktSpeech.Terbilang(number));

    [Fact]
    public void The_call_reads_the_ticket_digit_by_digit_and_the_desk_as_a_number()
    {
        Assert.Equal("Nomor antrean A nol nol satu, silakan ke loket A dua", PktSpeech.CallSentence("A-001", "A2"));
        Assert.Equal("Nomor antrean F satu dua nol, silakan ke loket F dua belas", PktSpeech.CallSentence("F-120", "F12"));
    }
}

/// <summary>The working calendar: hours per weekday, breaks incl. the Friday prayer break, weekends and holidays.</summary>
public sealed class PktCalendarTests
{
    private static readonly PktCalendar Calendar = new(PktCalendar.DefaultHours(), new HashSet<DateOnly> { new(2026, 8, 17) });

    [Theory]
    [InlineData("2026-11-02 09:00", PktClosedReason.None)] // Monday
    [InlineData("2026-11-02 07:59", PktClosedReason.BeforeOpening)]
    [InlineData("2026-11-02 12:30", PktClosedReason.Break)]
    [InlineData("2026-11-02 15:30", PktClosedReason.AfterClosing)]
    [InlineData("2026-11-06 11:45", PktClosedReason.Break)] // Friday prayer
    [InlineData("2026-11-06 13:00", PktClosedReason.None)]
    [InlineData("2026-11-06 15:45", PktClosedReason.None)] // Friday closes later
    [InlineData("2026-11-07 09:00", PktClosedReason.Weekend)]
    [InlineData("2026-08-17 09:00", PktClosedReason.Holiday)]
    public void Opening_hours_breaks_weekends_and_holidays(string local, PktClosedReason reason) =>
        Assert.Equal(reason, Calendar.ClosedReason(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_refusal_names_the_Friday_prayer_break_and_when_the_window_reopens()
    {
        var message = Calendar.ClosedMessage(new DateTime(2026, 11, 6, 11, 45, 0));

        Assert.Contains("salat Jumat", message, StringComparison.Ordinal);
        Assert.Contains("13:00", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_come_from_configuration_when_set()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pkt:Jam:Senin"] = "07:30-14:00 istirahat 11:00-11:30, 12:00-12:15",
            ["Pkt:Jam:Jumat"] = "tutup",
            ["Pkt:Jam:Sabtu"] = "08:00-12:00",
        }).Build();
        var calendar = new PktCalendar(PktCalendar.FromConfiguration(configuration), new HashSet<DateOnly>());

        Assert.True(calendar.IsOpen(new DateTime(2026, 11, 2, 7, 45, 0)));
        Assert.False(calendar.IsOpen(new DateTime(2026, 11, 2, 12, 5, 0)));
        Assert.False(calendar.IsOpen(new DateTime(2026, 11, 6, 9, 0, 0)));
        Assert.True(calendar.IsOpen(new DateTime(2026, 11, 7, 9, 0, 0)));
    }

    [Fact]
    public void A_hall_open_around_the_clock_and_on_holidays_is_configured_with_24_00_and_Libur()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pkt:Jam:Minggu"] = "00:00-24:00",
            ["Pkt:Jam:Libur"] = "09:00-12:00",
        }).Build();
        var holidays = new HashSet<DateOnly> { new(2026, 8, 17) };
        var calendar = PktCalendar.Configured(configuration, holidays);

        Assert.True(calendar.IsOpen(new DateTime(2026, 11, 8, 23, 59, 59)));
        Assert.True(calendar.IsOpen(new DateTime(2026, 11, 8, 0, 0, 0)));
        Assert.Contains("Minggu 00:00–24:00", calendar.Describe());
        Assert.True(calendar.IsOpen(new DateTime(2026, 8, 17, 10, 0, 0)));
        Assert.Equal(PktClosedReason.AfterClosing, calendar.ClosedReason(new DateTime(2026, 8, 17, 13, 0, 0)));

        // Unset, holidays stay closed.
        Assert.Equal(PktClosedReason.Holiday, PktCalendar.Configured(new ConfigurationBuilder().Build(), holidays).ClosedReason(new DateTime(2026, 8, 17, 10, 0, 0)));
    }
}

/// <summary>IKM = mean of the nine elements × 25, graded A–D (Permenpan-RB 14/2017).</summary>
public sealed class PktSkmTests
{
    [Fact]
    public void Worked_example_of_three_respondents()
    {
        // Respondent values sum to 30 + 33 + 27 = 90 over 27 answers: mean 3.3333 → IKM 83.33, grade B.
        int[][] answers =
        [
            [3, 3, 4, 4, 3, 3, 4, 3, 3],
            [4, 4, 4, 4, 3, 4, 4, 3, 3],
            [3, 3, 3, 3, 3, 3, 3, 3, 3],
        ];

        var ikm = PktSkm.Ikm(answers);

        Assert.Equal(83.33, ikm);
        Assert.Equal("B", PktSkm.Grade(ikm));
        Assert.Equal(100, PktSkm.Ikm([[4, 4, 4, 4, 4, 4, 4, 4, 4]]));
        Assert.Equal(25, PktSkm.Ikm([[1, 1, 1, 1, 1, 1, 1, 1, 1]]));
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(88.31, "A")]
    [InlineData(88.30, "B")]
    [InlineData(76.61, "B")]
    [InlineData(76.60, "C")]
    [InlineData(65.00, "C")]
    [InlineData(64.99, "D")]
    [InlineData(25, "D")]
    public void Grades_follow_the_interval_boundaries(double ikm, string grade) => Assert.Equal(grade, PktSkm.Grade(ikm));
}

/// <summary>The wait estimate against a synthetic history whose true waits are known.</summary>
public sealed class PktWaitEstimatorTests
{
    [Fact]
    public void The_range_contains_the_simulated_wait_and_shrinks_with_more_desks()
    {
        // Synthetic history: service times spread evenly over 6–10 minutes (mean 8).
        var history = Enumerable.Range(0, 200).Select(i => 6 + (4.0 * i / 199)).ToList();

        var twoDesks = PktWaitEstimator.Estimate(4, 2, history);
        var oneDesk = PktWaitEstimator.Estimate(4, 1, history);

        // 4 visits ahead, 2 desks: about 2 rounds of 8 minutes = 16 minutes.
        Assert.InRange(16, twoDesks.LowMinutes, twoDesks.HighMinutes);
        Assert.InRange(32, oneDesk.LowMinutes, oneDesk.HighMinutes);
        Assert.True(oneDesk.HighMinutes > twoDesks.HighMinutes);
        Assert.Equal(0, PktWaitEstimator.Estimate(0, 2, history).LowMinutes);
    }

    [Fact]
    public void A_simulated_queue_mostly_falls_inside_the_range()
    {
        var random = new Random(7);
        var history = Enumerable.Range(0, 300).Select(_ => 5 + (random.NextDouble() * 6)).ToList();
        var inside = 0;
        const int trials = 400;
        for (var t = 0; t < trials; t++)
        {
            var ahead = 1 + random.Next(8);
            const int desks = 2;
            var estimate = PktWaitEstimator.Estimate(ahead, desks, history);

            // Simulate: desks start busy with a visit part-way done, then serve the visitors ahead in turn.
            var free = Enumerable.Range(0, desks).Select(_ => random.NextDouble() * (5 + (random.NextDouble() * 6))).ToArray();
            double wait = 0;
            for (var i = 0; i < ahead; i++)
            {
                var d = Array.IndexOf(free, free.Min());
                wait = free[d];
                free[d] += 5 + (random.NextDouble() * 6);
            }

            wait = free.Min();
            if (wait >= estimate.LowMinutes && wait <= estimate.HighMinutes)
            {
                inside++;
            }
        }

        Assert.True(inside >= trials * 0.7, $"only {inside} of {trials} simulated waits inside the range");
    }

    [Fact]
    public void Samples_of_the_same_hour_are_preferred_when_there_are_enough()
    {
        var history = Enumerable.Range(0, 20).Select(_ => (9, 5.0)).Concat(Enumerable.Range(0, 20).Select(_ => (14, 20.0))).ToList();

        Assert.All(PktWaitEstimator.Select(history, 14), m => Assert.Equal(20.0, m));
        Assert.Equal(25, PktWaitEstimator.Select(history.Take(25).ToList(), 14).Count);
        Assert.Equal(new PktWaitRange(8, 16), PktWaitEstimator.Estimate(1, 1, []));
    }
}
