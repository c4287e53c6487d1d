using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimeCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerAccounts_CommunityPot",
                table: "LedgerAccounts");

            migrationBuilder.CreateTable(
                name: "CreditActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunById = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleWelsh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreditsPerSession = table.Column<int>(type: "integer", nullable: false),
                    Restrictions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditActivities", x => x.Id);
                    table.CheckConstraint("CK_CreditActivities_Credits", "\"CreditsPerSession\" > 0");
                    table.ForeignKey(
                        name: "FK_CreditActivities_Organisations_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditActivities_Organisations_RunById",
                        column: x => x.RunById,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditMemberCards",
                columns: table => new
                {
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMemberCards", x => new { x.NetworkId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CreditMemberCards_Organisations_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditMemberCards_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditNoteBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    CreditsEach = table.Column<int>(type: "integer", nullable: false),
                    WithPins = table.Column<bool>(type: "boolean", nullable: false),
                    SigningKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditNoteBatches", x => x.Id);
                    table.CheckConstraint("CK_CreditNoteBatches_Sizes", "\"Count\" > 0 AND \"CreditsEach\" > 0");
                    table.ForeignKey(
                        name: "FK_CreditNoteBatches_Organisations_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleWelsh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AdultPrice = table.Column<int>(type: "integer", nullable: false),
                    ChildPrice = table.Column<int>(type: "integer", nullable: false),
                    DailyPlaces = table.Column<int>(type: "integer", nullable: true),
                    Restrictions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditOffers", x => x.Id);
                    table.CheckConstraint("CK_CreditOffers_Places", "\"DailyPlaces\" IS NULL OR \"DailyPlaces\" > 0");
                    table.CheckConstraint("CK_CreditOffers_Prices", "\"AdultPrice\" > 0 AND \"ChildPrice\" >= 0");
                    table.ForeignKey(
                        name: "FK_CreditOffers_Organisations_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditOffers_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Earns = table.Column<bool>(type: "boolean", nullable: false),
                    Accepts = table.Column<bool>(type: "boolean", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CounterPasscodeHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditPartners_LedgerAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "LedgerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditPartners_Organisations_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditPartners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Credits = table.Column<int>(type: "integer", nullable: false),
                    TransferId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditAwards", x => x.Id);
                    table.CheckConstraint("CK_CreditAwards_Credits", "\"Credits\" > 0");
                    table.ForeignKey(
                        name: "FK_CreditAwards_CreditActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "CreditActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditAwards_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Serial = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Credits = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FailedPinAttempts = table.Column<int>(type: "integer", nullable: false),
                    RedeemedAtPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditNotes", x => x.Id);
                    table.CheckConstraint("CK_CreditNotes_Credits", "\"Credits\" > 0");
                    table.ForeignKey(
                        name: "FK_CreditNotes_CreditNoteBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "CreditNoteBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditRedemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoteId = table.Column<Guid>(type: "uuid", nullable: true),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    UsedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Adults = table.Column<int>(type: "integer", nullable: false),
                    Children = table.Column<int>(type: "integer", nullable: false),
                    Credits = table.Column<int>(type: "integer", nullable: false),
                    TransferId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRedemptions", x => x.Id);
                    table.CheckConstraint("CK_CreditRedemptions_Credits", "\"Credits\" > 0");
                    table.CheckConstraint("CK_CreditRedemptions_Party", "\"Adults\" >= 0 AND \"Children\" >= 0 AND \"Adults\" + \"Children\" > 0");
                    table.ForeignKey(
                        name: "FK_CreditRedemptions_CreditNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "CreditNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRedemptions_CreditOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "CreditOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRedemptions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_OnePerPurpose",
                table: "LedgerAccounts",
                columns: new[] { "HeldAtOrganisationId", "Purpose" },
                unique: true,
                filter: "\"Purpose\" <> 1");

            migrationBuilder.CreateIndex(
                name: "IX_CreditActivities_NetworkId",
                table: "CreditActivities",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditActivities_RunById",
                table: "CreditActivities",
                column: "RunById");

            migrationBuilder.CreateIndex(
                name: "IX_CreditAwards_ActivityId_SessionOn_PersonId",
                table: "CreditAwards",
                columns: new[] { "ActivityId", "SessionOn", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditAwards_PersonId",
                table: "CreditAwards",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditMemberCards_Code",
                table: "CreditMemberCards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditMemberCards_PersonId",
                table: "CreditMemberCards",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditNoteBatches_NetworkId",
                table: "CreditNoteBatches",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_BatchId",
                table: "CreditNotes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_Serial",
                table: "CreditNotes",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditOffers_NetworkId_PartnerId",
                table: "CreditOffers",
                columns: new[] { "NetworkId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditOffers_PartnerId",
                table: "CreditOffers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditPartners_AccountId",
                table: "CreditPartners",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditPartners_NetworkId_OrganisationId",
                table: "CreditPartners",
                columns: new[] { "NetworkId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditPartners_OrganisationId",
                table: "CreditPartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRedemptions_NoteId",
                table: "CreditRedemptions",
                column: "NoteId",
                unique: true,
                filter: "\"NoteId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRedemptions_OfferId_UsedOn",
                table: "CreditRedemptions",
                columns: new[] { "OfferId", "UsedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRedemptions_PartnerId_RecordedAt",
                table: "CreditRedemptions",
                columns: new[] { "PartnerId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRedemptions_PersonId",
                table: "CreditRedemptions",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditAwards");

            migrationBuilder.DropTable(
                name: "CreditMemberCards");

            migrationBuilder.DropTable(
                name: "CreditPartners");

            migrationBuilder.DropTable(
                name: "CreditRedemptions");

            migrationBuilder.DropTable(
                name: "CreditActivities");

            migrationBuilder.DropTable(
                name: "CreditNotes");

            migrationBuilder.DropTable(
                name: "CreditOffers");

            migrationBuilder.DropTable(
                name: "CreditNoteBatches");

            migrationBuilder.DropIndex(
                name: "IX_LedgerAccounts_OnePerPurpose",
                table: "LedgerAccounts");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_CommunityPot",
                table: "LedgerAccounts",
                column: "HeldAtOrganisationId",
                unique: true,
                filter: "\"Purpose\" = 2");
        }
    }
}
