using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PassengersAndBookingRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportBookingRules",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinimumNoticeHours = table.Column<int>(type: "integer", nullable: false),
                    MaximumDaysAhead = table.Column<int>(type: "integer", nullable: false),
                    AreaName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AreaLatitude = table.Column<double>(type: "double precision", nullable: false),
                    AreaLongitude = table.Column<double>(type: "double precision", nullable: false),
                    AreaRadiusKm = table.Column<int>(type: "integer", nullable: false),
                    ServiceFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ServiceUntil = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    MinimumAge = table.Column<int>(type: "integer", nullable: false),
                    BookingPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SetById = table.Column<Guid>(type: "uuid", nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportBookingRules", x => x.ServiceId);
                    table.ForeignKey(
                        name: "FK_TransportBookingRules_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportBookingRules_People_SetById",
                        column: x => x.SetById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportPassengers",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Grounds = table.Column<int>(type: "integer", nullable: false),
                    WhyNotOrdinaryBus = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Mobility = table.Column<int>(type: "integer", nullable: false),
                    Companion = table.Column<int>(type: "integer", nullable: false),
                    CompanionMobility = table.Column<int>(type: "integer", nullable: false),
                    HomeAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HomeLatitude = table.Column<double>(type: "double precision", nullable: true),
                    HomeLongitude = table.Column<double>(type: "double precision", nullable: true),
                    EmergencyContactName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EmergencyContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegisteredById = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportPassengers", x => new { x.ServiceId, x.PersonId });
                    table.CheckConstraint("CK_TransportPassengers_Grounds", "\"Grounds\" > 0 AND \"Grounds\" < 16");
                    table.ForeignKey(
                        name: "FK_TransportPassengers_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportPassengers_People_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportPassengers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportPassengers_People_RegisteredById",
                        column: x => x.RegisteredById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookingRules_SetById",
                table: "TransportBookingRules",
                column: "SetById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportPassengers_ConfirmedById",
                table: "TransportPassengers",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportPassengers_PersonId",
                table: "TransportPassengers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportPassengers_RegisteredById",
                table: "TransportPassengers",
                column: "RegisteredById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportBookingRules");

            migrationBuilder.DropTable(
                name: "TransportPassengers");
        }
    }
}
