using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Timebank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TimebankCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameWelsh = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimebankCategories_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TimebankExchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankExchanges", x => x.Id);
                    table.CheckConstraint("CK_TimebankExchanges_Minutes", "\"Minutes\" > 0");
                    table.CheckConstraint("CK_TimebankExchanges_TwoPeople", "\"GiverId\" <> \"ReceiverId\"");
                    table.ForeignKey(
                        name: "FK_TimebankExchanges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankExchanges_People_GiverId",
                        column: x => x.GiverId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankExchanges_People_ReceiverId",
                        column: x => x.ReceiverId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TimebankSettings",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Confirmation = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditLimitHours = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceCapHours = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankSettings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_TimebankSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TimebankPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimebankPosts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankPosts_People_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankPosts_TimebankCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "TimebankCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TimebankPostResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankPostResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimebankPostResponses_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankPostResponses_TimebankPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "TimebankPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "TimebankCategories",
                columns: new[] { "Id", "Name", "NameWelsh", "OrganisationId", "SortOrder" },
                values: new object[,]
                {
                    { new Guid("5b1c2a10-0000-4000-8000-000000000001"), "Gardening", "Garddio", null, 10 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000002"), "Befriending and company", "Cyfeillio a chwmni", null, 20 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000003"), "Lifts and transport", "Lifftiau a thrafnidiaeth", null, 30 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000004"), "DIY and repairs", "Gwaith DIY a thrwsio", null, 40 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000005"), "Computers, phones and IT help", "Cymorth gyda chyfrifiaduron, ffonau a TG", null, 50 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000006"), "Cooking and meals", "Coginio a phrydau bwyd", null, 60 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000007"), "Shopping and errands", "Siopa a negeseuon", null, 70 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000008"), "Letters, forms and admin", "Llythyrau, ffurflenni a gwaith gweinyddol", null, 80 },
                    { new Guid("5b1c2a10-0000-4000-8000-000000000009"), "Childcare", "Gofal plant", null, 90 },
                    { new Guid("5b1c2a10-0000-4000-8000-00000000000a"), "Pet care", "Gofalu am anifeiliaid anwes", null, 100 },
                    { new Guid("5b1c2a10-0000-4000-8000-00000000000b"), "Crafts and sewing", "Crefftau a gwnïo", null, 110 },
                    { new Guid("5b1c2a10-0000-4000-8000-00000000000c"), "Teaching and skills", "Addysgu a sgiliau", null, 120 },
                    { new Guid("5b1c2a10-0000-4000-8000-00000000000d"), "Other help", "Help arall", null, 1000 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_OpenMemberAccount",
                table: "LedgerAccounts",
                columns: new[] { "OwnerId", "HeldAtOrganisationId" },
                unique: true,
                filter: "\"OwnerKind\" = 1 AND \"Purpose\" = 1 AND \"ClosedAt\" IS NULL AND \"HeldAtOrganisationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankCategories_OrganisationId",
                table: "TimebankCategories",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_AcceptsAt",
                table: "TimebankExchanges",
                column: "AcceptsAt");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_GiverId",
                table: "TimebankExchanges",
                column: "GiverId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_OrganisationId_GiverId",
                table: "TimebankExchanges",
                columns: new[] { "OrganisationId", "GiverId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_OrganisationId_ReceiverId",
                table: "TimebankExchanges",
                columns: new[] { "OrganisationId", "ReceiverId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_OrganisationId_Status",
                table: "TimebankExchanges",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_ReceiverId",
                table: "TimebankExchanges",
                column: "ReceiverId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPostResponses_PersonId",
                table: "TimebankPostResponses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPostResponses_PostId",
                table: "TimebankPostResponses",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPosts_AuthorId",
                table: "TimebankPosts",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPosts_CategoryId",
                table: "TimebankPosts",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPosts_OrganisationId_AuthorId",
                table: "TimebankPosts",
                columns: new[] { "OrganisationId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPosts_OrganisationId_Status_EndsOn",
                table: "TimebankPosts",
                columns: new[] { "OrganisationId", "Status", "EndsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimebankExchanges");

            migrationBuilder.DropTable(
                name: "TimebankPostResponses");

            migrationBuilder.DropTable(
                name: "TimebankSettings");

            migrationBuilder.DropTable(
                name: "TimebankPosts");

            migrationBuilder.DropTable(
                name: "TimebankCategories");

            migrationBuilder.DropIndex(
                name: "IX_LedgerAccounts_OpenMemberAccount",
                table: "LedgerAccounts");
        }
    }
}
