namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// The words a South Wales community is made of: first names (Welsh and English, and a few of the families who have
/// made the valleys home since), surnames, streets and towns with their real postcode districts. Made-up people are
/// drawn from these, so a benchmark page looks like the service it measures.
/// </summary>
internal static class CommunityWords
{
    public static readonly string[] WelshFirstNames =
    [
        "Aled", "Alun", "Aneurin", "Bethan", "Bryn", "Cai", "Carys", "Catrin", "Ceri", "Cerys", "Dafydd", "Delyth",
        "Dewi", "Dilys", "Efa", "Eirlys", "Eleri", "Elin", "Elis", "Emrys", "Ffion", "Gethin", "Geraint", "Glenys",
        "Glyn", "Gwen", "Gwenllian", "Gwilym", "Huw", "Hywel", "Idris", "Ieuan", "Ioan", "Iolo", "Llinos", "Lowri",
        "Mair", "Mali", "Meinir", "Nerys", "Nia", "Osian", "Owain", "Rhian", "Rhodri", "Rhys", "Seren", "Sioned",
        "Tegan", "Tomos",
    ];

    public static readonly string[] OtherFirstNames =
    [
        "Alice", "Amelia", "Amir", "Ana", "Barry", "Brian", "Chloe", "Christine", "Craig", "Daniel", "David", "Denise",
        "Emma", "Fatima", "Gary", "Georgia", "Graham", "Hannah", "Ian", "Jack", "Jacqueline", "James", "Jane", "Jason",
        "Jessica", "John", "Julie", "Karen", "Kevin", "Kwame", "Laura", "Leanne", "Lee", "Linda", "Lisa", "Margaret",
        "Mark", "Michelle", "Mohammed", "Nathan", "Nicola", "Olivia", "Patricia", "Paul", "Peter", "Piotr", "Priya",
        "Rachel", "Ryan", "Sandra", "Sarah", "Sharon", "Stephen", "Susan", "Thomas", "Tracey", "Wayne", "William",
        "Zainab",
    ];

    public static readonly string[] Surnames =
    [
        "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
        "Edwards", "Price", "Powell", "Rees", "Jenkins", "Phillips", "James", "Owen", "Howells", "Lloyd", "Bowen",
        "Pritchard", "Pugh", "Llewellyn", "Prosser", "Vaughan", "Parry", "Probert", "Harries", "Watkins", "Bevan",
        "Mathias", "Meredith", "Rowlands", "Wyn", "Smith", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Green",
        "Hall", "Clarke", "Khan", "Patel", "Ahmed", "Nowak", "O'Brien", "Murphy", "Cooper", "Mensah",
    ];

    public static readonly string[] Streets =
    [
        "Heol y Bryn", "Heol yr Eglwys", "High Street", "Station Road", "Church Street", "Bryn Terrace", "Oxford Street",
        "Commercial Street", "Dunraven Street", "Gelli Road", "Maes y Coed", "Clos yr Onnen", "Park View",
        "Mountain View", "Glan yr Afon", "Lewis Street", "Hill Street", "Brynhyfryd", "Heol Las", "Victoria Street",
    ];

    /// <summary>Towns with their postcode districts, so an address reads right to someone from there.</summary>
    public static readonly (string Town, string District)[] Towns =
    [
        ("Pontypridd", "CF37"), ("Aberdare", "CF44"), ("Merthyr Tydfil", "CF47"), ("Treorchy", "CF42"), ("Porth", "CF39"),
        ("Tonypandy", "CF40"), ("Mountain Ash", "CF45"), ("Ferndale", "CF43"), ("Tonyrefail", "CF39"),
        ("Llantrisant", "CF72"), ("Treharris", "CF46"), ("Maesteg", "CF34"), ("Blaengarw", "CF32"), ("Caerphilly", "CF83"),
        ("Bargoed", "CF81"), ("Ebbw Vale", "NP23"), ("Tredegar", "NP22"), ("Barry", "CF62"), ("Bridgend", "CF31"),
        ("Neath", "SA11"), ("Port Talbot", "SA13"), ("Swansea", "SA1"),
    ];

    public static readonly string[] AccessibilityNeeds =
    [
        "Uses a walking stick; a ground-floor room, please.", "Uses a wheelchair.", "Hearing aid: a hearing loop helps.",
        "Large print, please.", "Partially sighted: phone rather than write.", "Please speak slowly; English is a second language.",
        "Needs a carer present.", "Ring the landline and let it ring for a while.",
    ];

    // Postcodes' last part uses only these letters (no C, I, K, M, O or V).
    public const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
}
