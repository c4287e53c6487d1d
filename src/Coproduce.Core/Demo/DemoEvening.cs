using Coproduce.Core.People;

namespace Coproduce.Core.Demo;

/// <summary>
/// The demo's passengers and the Friday evening they are booked for: twenty return trips across the Vale of Clwyd,
/// forty bookings for three minibuses, so planning the evening has a real evening to plan.
/// </summary>
public static class DemoEvening
{
    /// <summary>
    /// The passengers, who ring to book. The first six have needs of their own (see <see cref="DemoTransport"/>); the
    /// rest walk, or use a stick.
    /// </summary>
    public static IReadOnlyList<DemoPassenger> Passengers { get; } =
    [
        new("Morfydd Parry", Language.Welsh, "01745 813101", "5 Vale Street, Denbigh LL16 3AH", "53.1830, -3.4160"),
        new("Idris Hughes", Language.Welsh, "01745 813102", "Bryn Awelon, Ffordd Las, Rhuddlan LL18 2SP", "53.2900, -3.4660"),
        new("Gwen Ellis", Language.English, "01745 813103", "22 Marine Drive, Rhyl LL18 3AB", "53.3193, -3.4916"),
        new("Tomos Griffiths", Language.Welsh, "01824 813104", "Flat 2, Well Street, Ruthin LL15 1AE", "53.1148, -3.3107"),
        new("Eirlys Owen", Language.English, "01745 813105", "9 The Roe, St Asaph LL17 0LU", "53.2576, -3.4420"),
        new("Barbara Hill", Language.English, "01745 813106", "14 High Street, Prestatyn LL19 9AH", "53.3376, -3.4070"),
        new("Dafydd Pritchard", Language.Welsh, "01745 813107", "3 Lôn Llewelyn, Denbigh LL16 3DF", "53.1800, -3.4250"),
        new("Margaret Owens", Language.English, "01745 813108", "41 Wellington Road, Rhyl LL18 1LE", "53.3150, -3.4800"),
        new("Elwyn Roberts", Language.Welsh, "01745 813109", "Tŷ Gwyn, Mount Road, St Asaph LL17 0DB", "53.2600, -3.4450"),
        new("Catrin Howells", Language.Welsh, "01824 813110", "7 Mwrog Street, Ruthin LL15 1LE", "53.1180, -3.3150"),
        new("Brian Fletcher", Language.English, "01745 813111", "2 Gronant Road, Prestatyn LL19 9DT", "53.3330, -3.3990"),
        new("Glenys Rowlands", Language.Welsh, "01745 813112", "18 Ffordd Ystrad, Denbigh LL16 4RL", "53.1880, -3.4100"),
        new("Harold Baines", Language.English, "01745 813113", "6 Hylas Lane, Rhuddlan LL18 5AG", "53.2880, -3.4620"),
        new("Menna Jarvis", Language.Welsh, "01745 813114", "29 Grange Road, Rhyl LL18 4AB", "53.3210, -3.5000"),
        new("Ifor Bevan", Language.Welsh, "01745 813115", "Bron Haul, Ruthin Road, Denbigh LL16 4PS", "53.1790, -3.4300"),
        new("Sheila Moss", Language.English, "01745 813116", "11 Nant Hall Road, Prestatyn LL19 9LR", "53.3400, -3.4150"),
        new("Gethin Tudor", Language.Welsh, "01745 813117", "4 Bryn Elwy, St Asaph LL17 0NH", "53.2550, -3.4380"),
        new("Nesta Cadwaladr", Language.Welsh, "01824 813118", "Llys Rhos, Ruthin LL15 1UD", "53.1120, -3.3050"),
        new("Pat Garvey", Language.English, "01745 813119", "8 Russell Road, Rhyl LL18 3BS", "53.3170, -3.4880"),
        new("Alun Bowen", Language.Welsh, "01745 813120", "15 Middle Lane, Denbigh LL16 3UW", "53.1860, -3.4230"),
    ];

    /// <summary>
    /// Each passenger's return trip that Friday: when, whether that is a pickup or an arrival, where to (an index into
    /// <see cref="Places"/>), what for, and when to be picked up for the way back.
    /// </summary>
    public static IReadOnlyList<DemoTrip> Trips { get; } =
    [
        // Rhuddlan to the hospital, then Rhyl and Prestatyn to the show: Minibus 2's evening from Rhyl.
        new(1, "18:05", "PickUpAt", 2, "Visiting his sister on the ward", "20:00"),
        new(12, "18:05", "PickUpAt", 2, "Visiting his wife on the ward", "20:00"),
        new(2, "19:00", "ArriveBy", 1, "A show", "22:00"),
        new(7, "19:00", "ArriveBy", 1, "A show", "22:00"),
        new(13, "19:00", "ArriveBy", 1, "A show", "22:00"),
        new(18, "19:00", "ArriveBy", 1, "A show", "22:00"),
        new(5, "19:30", "ArriveBy", 1, "A show with her friends", "22:20"),
        new(10, "19:30", "ArriveBy", 1, "A show with his friends", "22:20"),
        new(15, "19:30", "ArriveBy", 1, "A show with her friends", "22:20"),
        // St Asaph to the cathedral, then Denbigh to the town hall: Minibus 1's, with Morfydd in her wheelchair.
        new(4, "18:30", "ArriveBy", 3, "Community choir", "20:15"),
        new(8, "18:30", "ArriveBy", 3, "Community choir", "20:15"),
        new(16, "18:30", "ArriveBy", 3, "Community choir", "20:15"),
        new(0, "19:15", "ArriveBy", 0, "Singing for the brain", "21:00"),
        new(6, "19:15", "ArriveBy", 0, "Singing for the brain", "21:00"),
        new(11, "19:15", "ArriveBy", 0, "Singing for the brain", "21:00"),
        new(14, "19:45", "ArriveBy", 0, "The Welsh learners' social", "21:30"),
        new(19, "19:45", "ArriveBy", 0, "The Welsh learners' social", "21:30"),
        // Ruthin to the craft centre: Minibus 3's, which is spare from half past six.
        new(3, "19:00", "ArriveBy", 4, "Pottery class", "21:00"),
        new(9, "19:00", "ArriveBy", 4, "Pottery class", "21:00"),
        new(17, "19:00", "ArriveBy", 4, "Pottery class", "21:00"),
    ];

    /// <summary>The places the service keeps: name, address and location.</summary>
    public static IReadOnlyList<(string Name, string Address, string Location)> Places { get; } =
    [
        ("Denbigh Town Hall", "Crown Square, Denbigh LL16 3TB", "53.1847, -3.4205"),
        ("Rhyl Pavilion Theatre", "East Parade, Rhyl LL18 3AQ", "53.3216, -3.4839"),
        ("Glan Clwyd Hospital", "Sarn Lane, Bodelwyddan LL18 5UJ", "53.2702, -3.4968"),
        ("St Asaph Cathedral", "High Street, St Asaph LL17 0RD", "53.2574, -3.4427"),
        ("Ruthin Craft Centre", "Park Road, Ruthin LL15 1BB", "53.1167, -3.3143"),
    ];

    /// <summary>The Friday the trips are booked for: the first at least two days off, so every booking has its notice.</summary>
    public static DateOnly FridayAfter(DateOnly today)
    {
        var friday = today.AddDays(2);
        while (friday.DayOfWeek != DayOfWeek.Friday)
        {
            friday = friday.AddDays(1);
        }

        return friday;
    }
}

/// <summary>A demo passenger: who they are and where home is.</summary>
public sealed record DemoPassenger(string Name, Language Language, string Phone, string Address, string Home);

/// <summary>A demo return trip.</summary>
public sealed record DemoTrip(int Passenger, string Time, string TimeIs, int Place, string Purpose, string Back);
